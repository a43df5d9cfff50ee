// Test support: the publisher an article is linked to.
// Parameters: $articleId. Returns: source (entity id), one row per link.
MATCH (:Article {id: $articleId})-[:PUBLISHED_BY]->(e:Entity)
RETURN e.id AS source
