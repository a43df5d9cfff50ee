// Batched form of ingest/merge-article: creates or updates each article of the batch and links
// it to its publisher when known.
// Parameters: $articles [{ id, title, language, text, url, publishedAt (YYYY-MM-DD or null),
//   source (entity id or null), notes }].
// Returns: count (int).
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.language = article.language,
    a.text = article.text,
    a.url = article.url,
    a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE date(article.publishedAt) END,
    a.notes = article.notes,
    a.ingestedAt = datetime()
WITH a, article
CALL {
  WITH a
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
  DELETE old
}
CALL {
  WITH a, article
  OPTIONAL MATCH (source:Entity {id: article.source})
  FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(source))
}
RETURN count(a) AS count
