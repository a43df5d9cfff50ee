// Test support: each statement of an article with its evidence and the article text.
// Parameters: $articleId. Returns: id, text, start, end, excerpt, articleText.
MATCH (s:Statement {articleId: $articleId})-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS id, s.text AS text, s.start AS start, s.end AS end, s.excerpt AS excerpt, a.text AS articleText
ORDER BY s.start
