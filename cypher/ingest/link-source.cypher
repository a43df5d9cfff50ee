// Links an article to the organization that published it. Runs after merge-entities, because
// the annotation that names the publisher may be the first to describe it.
// Parameters: $articleId (string), $source (entity id).
// Returns: count (int).
MATCH (a:Article {id: $articleId}), (source:Entity {id: $source})
MERGE (a)-[:PUBLISHED_BY]->(source)
RETURN count(*) AS count
