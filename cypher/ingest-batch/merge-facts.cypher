// Batched form of ingest/merge-facts: the facts the batch's articles state about entities,
// each with the span that states it.
// Parameters: $facts [{ articleId, id, entityId, attribute, value, unit, start, end, excerpt }].
// Returns: count (int).
UNWIND $facts AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (f:Fact {id: row.id})
SET f.attribute = row.attribute, f.value = row.value, f.unit = row.unit, f.articleId = row.articleId,
    f.start = row.start, f.end = row.end, f.excerpt = row.excerpt
MERGE (e)-[:HAS_FACT]->(f)
MERGE (f)-[:STATED_IN]->(a)
RETURN count(f) AS count
