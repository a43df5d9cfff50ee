// Finds the event each statement was made at (Statement.event, batched).
// Parameters: $ids [string] (statement ids).
// Returns: id, entity (the event's properties); one row per statement made at an event.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[:AT_EVENT]->(e:Event)
RETURN id, e {.*, aliasText: null} AS entity
