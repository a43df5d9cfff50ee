// Removes what one article contributed, before it is written again: its statements, its facts,
// the relations and participations it stated, and its mentions. Entities stay (other articles
// share them), and so do relations stated by other articles.
// Parameters: $articleId (string).
// Returns: deletedStatements (int).
OPTIONAL MATCH (a:Article {id: $articleId})-[:MENTIONS]->(e:Entity)
OPTIONAL MATCH (e)-[r:HEAD_OF_STATE_OF|HEAD_OF_GOVERNMENT_OF|SPOKESPERSON_OF|MEMBER_OF|ADVISER_OF|MANUFACTURER_OF|ALLY_OF|OPPONENT_OF|PART_OF|LOCATED_IN|CITIZEN_OF|PARTICIPATED_IN]->()
  WHERE r.articleId = $articleId
WITH collect(DISTINCT r) AS relations
FOREACH (r IN relations | DELETE r)
WITH 1 AS _
OPTIONAL MATCH (a:Article {id: $articleId})-[m:MENTIONS]->()
DELETE m
WITH 1 AS _
OPTIONAL MATCH (f:Fact {articleId: $articleId})
DETACH DELETE f
WITH 1 AS _
// Walked from the article: a lookup on articleId alone is not served by the (articleId, start) index.
OPTIONAL MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(s:Statement)
DETACH DELETE s
RETURN count(s) AS deletedStatements
