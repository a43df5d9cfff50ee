// Records the facts an article states about entities (the Tomahawk's range, its price...),
// each with the span that states it.
// Parameters: $articleId (string), $facts [{ id, entityId, attribute, value, unit, start, end, excerpt }].
// Returns: count (int).
MATCH (a:Article {id: $articleId})
UNWIND $facts AS row
MATCH (e:Entity {id: row.entityId})
MERGE (f:Fact {id: row.id})
SET f.attribute = row.attribute, f.value = row.value, f.unit = row.unit, f.articleId = $articleId,
    f.start = row.start, f.end = row.end, f.excerpt = row.excerpt
MERGE (e)-[:HAS_FACT]->(f)
MERGE (f)-[:STATED_IN]->(a)
RETURN count(f) AS count
