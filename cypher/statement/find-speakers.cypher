// Finds who made each statement (Statement.speaker, batched).
// Parameters: $ids [string] (statement ids).
// Returns: id, entity (the speaker's properties); one row per statement found.
UNWIND $ids AS id
MATCH (:Statement {id: id})<-[:SAID]-(a:Actor)
RETURN id, a {.*, aliasText: null} AS entity
