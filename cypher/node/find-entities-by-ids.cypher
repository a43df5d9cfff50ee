// Finds entities by id (the entity DataLoader: one query per batch of ids).
// Parameters: $ids [string].
// Returns: id, entity (map of the node's properties); one row per id found, none for unknown ids.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e {.*, aliasText: null} AS entity
