// Links events to the actors that took part in them, as stated by one article.
// Parameters: $articleId (string), $participants [{ event, actor }].
// Returns: count (int).
UNWIND $participants AS row
MATCH (actor:Entity:Actor {id: row.actor}), (event:Entity:Event {id: row.event})
MERGE (actor)-[r:PARTICIPATED_IN {articleId: $articleId}]->(event)
RETURN count(r) AS count
