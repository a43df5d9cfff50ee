// Links each article to its publisher, after ingest/merge-entities has written the publishers
// (each is one of its article's entities).
// CREATE, not MERGE: ingest/merge-articles has just removed every article's publisher link and
// the batch holds each article once, so there is never one to merge with; MERGE would lock the
// publisher, one of a few entities every batch links to, until commit.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $links [{ articleId, source }].
// Returns: count (int).
UNWIND $links AS row
MATCH (a:Article {id: row.articleId}) USING INDEX SEEK a:Article(id)
MATCH (source:Entity {id: row.source}) USING INDEX SEEK source:Entity(id)
CREATE (a)-[:PUBLISHED_BY]->(source)
RETURN count(*) AS count
