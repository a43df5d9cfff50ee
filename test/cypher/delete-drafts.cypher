// Test support: removes the drafts and publication records of an article.
// Parameters: $articleId. Returns: deleted (int).
MATCH (n)
WHERE (n:Draft OR n:Publication) AND n.articleId = $articleId
DETACH DELETE n
RETURN count(*) AS deleted
