// The first and last day of the stances a network counts (Query.networkWindows without both
// filter dates): the span its time windows cover.
// Parameters: $filter, $levels (as network/compute-actor-network).
// Returns: one row: first, last (dates, null when no counted statement is dated).
WITH date($filter.from) AS windowFrom, date($filter.to) AS windowTo
// @include network/stance-rows
  AND s.date IS NOT NULL
RETURN min(s.date) AS first, max(s.date) AS last
