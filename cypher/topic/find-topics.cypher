// Lists topics by name (Query.topics), optionally only those some statement takes a stance on.
// Parameters: $withPositions (boolean); $limit (int).
// Returns: entity (map), one row per topic.
MATCH (t:Topic)
WHERE NOT $withPositions OR EXISTS { (t)<-[:TAKES_STANCE]-(:Statement) }
RETURN t {.*, aliasText: null} AS entity
ORDER BY toLower(t.name), t.id
LIMIT $limit
