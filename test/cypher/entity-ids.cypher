// Test support: the id of every entity, to tell afterwards which ones a test created.
// Parameters: none. Returns: id, one row per entity.
MATCH (e:Entity)
RETURN e.id AS id
