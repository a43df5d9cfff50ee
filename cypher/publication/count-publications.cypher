// Counts publishes: the totalCount of publication/page-publications (same $articleId).
// Parameters: $articleId (string, '' for all).
// Returns: total (int).
MATCH (p:Publication)
WHERE $articleId = '' OR p.articleId = $articleId
RETURN count(p) AS total
