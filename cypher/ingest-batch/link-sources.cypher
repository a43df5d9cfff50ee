// Second half of the batched ingest/merge-article: links an article to its publisher when the
// publisher was first named by an earlier article of the same batch. ingest/ runs merge-article
// before merge-entities, article by article, so an article is linked to a source that existed
// before it was written (named by any earlier article) and not to one it names first itself;
// merge-articles links the sources that existed before the batch, this query the rest.
// Parameters: $links [{ articleId, source }].
// Returns: count (int).
UNWIND $links AS row
MATCH (a:Article {id: row.articleId})
MATCH (source:Entity {id: row.source})
MERGE (a)-[:PUBLISHED_BY]->(source)
RETURN count(*) AS count
