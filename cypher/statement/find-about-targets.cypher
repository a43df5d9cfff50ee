// Finds whom and what each statement is about (Statement.about, batched), ordered by name.
// Parameters: $ids [string] (statement ids).
// Returns: id, entities [map]; one row per statement found.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:ABOUT]->(e:Entity)
WITH id, e ORDER BY e.name, e.id
RETURN id, collect(e {.*, aliasText: null}) AS entities
