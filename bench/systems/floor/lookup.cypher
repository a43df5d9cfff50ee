// An entity by id (the id lookup whose latency growth the bench watches).
// Parameters: $id (entity id).
// Returns: one row, answer { id, name } or null.
OPTIONAL MATCH (e:Entity {id: $id})
RETURN CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name} END AS answer
