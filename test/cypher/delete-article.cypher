// Test support: removes a test article with its statements, facts and records of writes (entities stay).
// Parameters: $articleId. Returns: nothing.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (s:Statement {articleId: $articleId})
OPTIONAL MATCH (f:Fact {articleId: $articleId})
OPTIONAL MATCH (p:Publication {articleId: $articleId})
DETACH DELETE s, f, p, a
