// Finds which of the entities an annotation names by id alone are not in the graph: such an
// annotation is refused, since it would link statements to nothing.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $ids [string] (entity ids).
// Returns: id, one row per id not found.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id}) USING INDEX SEEK e:Entity(id)
WITH id, e
WHERE e IS NULL
RETURN id
