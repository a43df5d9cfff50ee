// Writes an article's statements with everything that hangs off them: who said it, who reported
// it, at which event, whom and what it is about, its stances, and the article carrying it.
// The evidence span (start, end, excerpt: code points into Article.text) is on the statement.
// Parameters: $articleId (string), $statements [{ id, props (map), date (YYYY-MM-DD or null),
//   speaker, reportedBy, event, about [ids], stances [{ topic, stance }] }].
// Returns: count (int).
MATCH (a:Article {id: $articleId})
UNWIND $statements AS row
MERGE (s:Statement {id: row.id})
SET s += row.props,
    s.articleId = $articleId,
    s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
MERGE (s)-[:IN_ARTICLE]->(a)
WITH s, row
MATCH (speaker:Entity:Actor {id: row.speaker})
MERGE (speaker)-[:SAID]->(s)
WITH s, row
CALL {
  WITH s, row
  OPTIONAL MATCH (reporter:Entity:Actor {id: row.reportedBy})
  FOREACH (_ IN CASE WHEN reporter IS NULL THEN [] ELSE [1] END | MERGE (s)-[:REPORTED_BY]->(reporter))
  WITH s, row
  OPTIONAL MATCH (event:Entity:Event {id: row.event})
  FOREACH (_ IN CASE WHEN event IS NULL THEN [] ELSE [1] END | MERGE (s)-[:AT_EVENT]->(event))
  WITH s, row
  UNWIND row.about AS targetId
  MATCH (target:Entity {id: targetId})
  MERGE (s)-[:ABOUT]->(target)
  RETURN count(*) AS targets
}
CALL {
  WITH s, row
  UNWIND row.stances AS st
  MATCH (topic:Entity:Topic {id: st.topic})
  MERGE (s)-[r:TAKES_STANCE]->(topic)
  SET r.stance = st.stance
  RETURN count(*) AS stances
}
RETURN count(s) AS count
