// Finds the intermediary that relayed each statement (Statement.reportedBy, batched).
// Parameters: $ids [string] (statement ids).
// Returns: id, entity (the reporter's properties); one row per statement that has a reporter.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:REPORTED_BY]->(a:Actor)
RETURN id, a {.*, aliasText: null} AS entity
