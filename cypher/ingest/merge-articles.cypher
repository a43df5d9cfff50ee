// Creates or updates each article of a batch and drops its old publisher link (ingest/link-sources
// links publishers again once the entities exist: the publisher is one of them).
// Parameters: $articles [{ id, title, language, text, url, publishedAt (YYYY-MM-DD or null), notes }].
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
WITH a
CALL {
  WITH a
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
  DELETE old
}
RETURN count(a) AS count
