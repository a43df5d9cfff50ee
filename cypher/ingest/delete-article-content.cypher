// Batched form of ingest/delete-article-content: removes what each article of the batch
// contributed before it is written again (its statements, facts, stated relations and
// participations, mentions). Entities stay, and so do relations stated by other articles.
// An article's statements and facts are found through their links to it (IN_ARTICLE,
// STATED_IN), which every write makes together with the articleId property: the same nodes as
// ingest/delete-article-content's property match, without its scan of every :Statement.
// Parameters: $articleIds [string].
// Returns: deletedStatements (int).
UNWIND $articleIds AS articleId
OPTIONAL MATCH (a:Article {id: articleId})
CALL {
  WITH a, articleId
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  OPTIONAL MATCH (e)-[r:HEAD_OF_STATE_OF|HEAD_OF_GOVERNMENT_OF|SPOKESPERSON_OF|MEMBER_OF|ADVISER_OF|MANUFACTURER_OF|ALLY_OF|OPPONENT_OF|PART_OF|LOCATED_IN|CITIZEN_OF|PARTICIPATED_IN]->()
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
