// Links events to the actors that took part in them, as stated by each article.
// CREATE, not MERGE: ingest/delete-article-content has just removed the article's participations
// and the caller passes each (article, event, actor) once; MERGE would lock a popular actor until
// commit. Lookups name :Entity as well as the type label so that the planner seeks the entity_id
// index (the type labels have no index of their own); the nodes matched are the same.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $participants [{ articleId, event, actor }], each triple once.
// Returns: count (int).
UNWIND $participants AS row
MATCH (actor:Entity:Actor {id: row.actor}), (event:Entity:Event {id: row.event})
USING INDEX SEEK actor:Entity(id) USING INDEX SEEK event:Entity(id)
CREATE (actor)-[r:PARTICIPATED_IN {articleId: row.articleId}]->(event)
RETURN count(r) AS count
