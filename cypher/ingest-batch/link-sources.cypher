// Batched form of ingest/link-source: links each article to its publisher, after
// ingest-batch/merge-entities has written the publishers (each is one of its article's entities).
// Parameters: $links [{ articleId, source }].
// Returns: count (int).
UNWIND $links AS row
MATCH (a:Article {id: row.articleId})
MATCH (source:Entity {id: row.source})
MERGE (a)-[:PUBLISHED_BY]->(source)
RETURN count(*) AS count
