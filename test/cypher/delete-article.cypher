// Test support: removes a test article with its statements and facts (entities stay).
// Parameters: $articleId. Returns: nothing.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (s:Statement {articleId: $articleId})
OPTIONAL MATCH (f:Fact {articleId: $articleId})
DETACH DELETE s, f, a
