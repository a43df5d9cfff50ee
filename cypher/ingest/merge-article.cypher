// Creates or updates one article and links it to its publisher when known.
// Parameters: $article { id, title, language, text, url, publishedAt (YYYY-MM-DD or null),
//   source (entity id or null), notes }.
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
WITH a
OPTIONAL MATCH (source:Entity {id: $article.source})
FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(source))
RETURN a.id AS id
