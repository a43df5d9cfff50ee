// Test support: the statements of an article, in id order.
// Parameters: $articleId. Returns: id, translation.
MATCH (s:Statement {articleId: $articleId})
RETURN s.id AS id, s.translation AS translation ORDER BY s.id
