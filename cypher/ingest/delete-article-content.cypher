// Removes what each article of a batch contributed before it is written again: its statements,
// facts, stated relations and participations (the vocabulary's ARTICLE_RELATIONSHIP_TYPES, each
// carrying the article's id), and its mentions. Entities stay (other articles share them), and so
// do relations stated by other articles.
// An article's statements and facts are found through their links to it (IN_ARTICLE,
// STATED_IN), which every write makes together with the articleId property: the same nodes as a
// match on the property, without a scan of every :Statement.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $articleIds [string].
// Returns: deletedStatements (int).
UNWIND $articleIds AS articleId
OPTIONAL MATCH (a:Article {id: articleId}) USING INDEX SEEK a:Article(id)
CALL {
  WITH a, articleId
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  OPTIONAL MATCH (e)-[r:{{articleRelationshipTypes}}]->()
    WHERE r.articleId = articleId
  WITH collect(DISTINCT r) AS relations
  FOREACH (r IN relations | DELETE r)
}
CALL {
  WITH a
  OPTIONAL MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
CALL {
  WITH a, articleId
  OPTIONAL MATCH (f:Fact)-[:STATED_IN]->(a)
  WHERE f.articleId = articleId
  DETACH DELETE f
}
CALL {
  WITH a, articleId
  OPTIONAL MATCH (s:Statement)-[:IN_ARTICLE]->(a)
  WHERE s.articleId = articleId
  DETACH DELETE s
  RETURN count(s) AS deleted
}
RETURN sum(deleted) AS deletedStatements
