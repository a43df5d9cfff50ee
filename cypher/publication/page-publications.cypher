// Pages through publishes, newest first (Query.publications, Article.publications): of one article,
// or of all when $articleId is ''.
// Keyset pagination: rows sort by (at descending, id); a page resumes strictly after $after.
// Parameters: $articleId (string, '' for all); $after {at (ISO string), id} or null; $limit (int).
// Returns: publication (map), in page order.
MATCH (p:Publication)
WHERE ($articleId = '' OR p.articleId = $articleId)
  AND ($after IS NULL OR p.at < datetime($after.at) OR p.at = datetime($after.at) AND p.id > $after.id)
RETURN p {.*} AS publication
ORDER BY p.at DESC, p.id
LIMIT $limit
