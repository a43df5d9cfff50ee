// Records the facts a batch's articles state about entities (the Tomahawk's range, its price...),
// each with the span that states it.
// CREATE, not MERGE: a fact's id names its article, ingest/delete-article-content has just
// removed the article's facts, and the caller passes each id once (the last row of each, what
// MERGE then SET would leave); MERGE on the relationships would lock the entity, often a popular
// weapon, until commit.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $facts [{ articleId, id, entityId, attribute, value, unit, start, end, excerpt }], ids unique.
// Returns: count (int).
UNWIND $facts AS row
MATCH (a:Article {id: row.articleId}) USING INDEX SEEK a:Article(id)
MATCH (e:Entity {id: row.entityId}) USING INDEX SEEK e:Entity(id)
CREATE (f:Fact {id: row.id, attribute: row.attribute, value: row.value, unit: row.unit, articleId: row.articleId,
                start: row.start, end: row.end, excerpt: row.excerpt})
CREATE (e)-[:HAS_FACT]->(f)
CREATE (f)-[:STATED_IN]->(a)
RETURN count(f) AS count
