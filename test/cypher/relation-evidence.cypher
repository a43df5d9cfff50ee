// Test support: every evidence span an article gave to relations, facts and mentions.
// Parameters: $articleId. Returns: start, end, excerpt, articleText.
MATCH (a:Article {id: $articleId})
CALL {
  WITH a
  MATCH ()-[r]->() WHERE r.articleId = a.id AND r.excerpt IS NOT NULL
  RETURN r.start AS start, r.end AS end, r.excerpt AS excerpt
  UNION
  WITH a
  MATCH (f:Fact {articleId: a.id})
  RETURN f.start AS start, f.end AS end, f.excerpt AS excerpt
  UNION
  WITH a
  MATCH (a)-[m:MENTIONS]->() WHERE m.excerpt IS NOT NULL
  RETURN m.start AS start, m.end AS end, m.excerpt AS excerpt
}
RETURN start, end, excerpt, a.text AS articleText
