// Lists events by date (Query.events): those dated within [$from, $to] when a bound is given,
// otherwise all events, undated ones last. Ordered by date, then name.
// Parameters: $from, $to (YYYY-MM-DD or null); $limit (int).
// Returns: entity (map), one row per event.
MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
RETURN e {.*, aliasText: null} AS entity
ORDER BY e.date, e.name, e.id
LIMIT $limit
