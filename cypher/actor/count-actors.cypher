// Counts the actors matching a filter: the exact totalCount of actor/page-actors (same filter).
// Parameters: $filter {type, name, topic, stance, article, anonymous} (as in actor/page-actors).
// Returns: total (int).
MATCH (e:Actor)
// @include actor/filter
RETURN count(e) AS total
