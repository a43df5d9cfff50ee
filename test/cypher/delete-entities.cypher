// Test support: removes test entities with all their relationships.
// Parameters: $ids [string]. Returns: nothing.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e
