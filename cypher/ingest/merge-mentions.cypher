// Records that each article mentions its entities, with the span where it does when the
// annotation gives one.
// CREATE, not MERGE: ingest/delete-article-content has just removed the article's mentions and an
// annotation names each entity once, so there is never one to merge with, and MERGE would scan
// every MENTIONS of a popular entity. The span goes in the CREATE (null values are not stored,
// as with SET).
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $mentions [{ articleId, entityId, mention { start, end, excerpt } or null }].
// Returns: count (int).
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId}) USING INDEX SEEK a:Article(id)
MATCH (e:Entity {id: row.entityId}) USING INDEX SEEK e:Entity(id)
CREATE (a)-[m:MENTIONS {start: row.mention.start, end: row.mention.end, excerpt: row.mention.excerpt}]->(e)
RETURN count(m) AS count
