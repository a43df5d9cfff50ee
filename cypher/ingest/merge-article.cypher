// Creates or updates one article and drops its old publisher link; ingest/link-source links
// the publisher again once the article's entities are written (the publisher is one of them).
// Parameters: $article { id, title, language, text, url, publishedAt (YYYY-MM-DD or null), notes }.
// Returns: id.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.language = $article.language,
    a.text = $article.text,
    a.url = $article.url,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
    a.notes = $article.notes,
    a.ingestedAt = datetime()
WITH a
OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->()
DELETE old
RETURN DISTINCT a.id AS id
