// Writes a batch's statements with everything that hangs off them: who said it, who reported
// it, at which event, whom and what it is about, its stances, and the article carrying it. The
// evidence span (start, end, excerpt: code points into Article.text) is on the statement.
// CREATE, not MERGE: ingest/find-foreign-statements and ingest/delete-article-content have made
// sure no statement of the batch exists, the caller has checked ids are unique in the batch, and
// `about` and `stances` (one per topic, the last one winning, as MERGE then SET would leave it)
// hold no duplicates. Lookups name :Entity as well as the type label so that the planner seeks
// the entity_id index (the type labels have no index of their own); the nodes are the same.
// Every lookup by id says USING INDEX SEEK: the first batches of an import into an empty graph are
// planned from its empty statistics, and then the planner scanned the whole entity_id index per
// row for the speaker, reporter and topic (measured: 14 s in each of a 100k import's first two
// batches; a 1M import kept its first plans for 106 s, says Neo4j's log). With the hint the plan is a seek
// at any size.
// Parameters: $statements [{ articleId, id, props (map), date (YYYY-MM-DD or null), speaker (or null),
//   reportedBy, event, about [ids], stances [{ topic, stance }] }].
// Returns: count (int).
UNWIND $statements AS row
MATCH (a:Article {id: row.articleId}) USING INDEX SEEK a:Article(id)
CREATE (s:Statement {id: row.id})
SET s += row.props,
    s.articleId = row.articleId,
    s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
CREATE (s)-[:IN_ARTICLE]->(a)
WITH s, row
CALL {
  WITH s, row
  // A statement whose speaker nobody could name has no SAID.
  OPTIONAL MATCH (speaker:Entity:Actor {id: row.speaker}) USING INDEX SEEK speaker:Entity(id)
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (speaker)-[:SAID]->(s))
}
CALL {
  WITH s, row
  OPTIONAL MATCH (reporter:Entity:Actor {id: row.reportedBy}) USING INDEX SEEK reporter:Entity(id)
  FOREACH (_ IN CASE WHEN reporter IS NULL THEN [] ELSE [1] END | CREATE (s)-[:REPORTED_BY]->(reporter))
}
CALL {
  WITH s, row
  OPTIONAL MATCH (event:Entity:Event {id: row.event}) USING INDEX SEEK event:Entity(id)
  FOREACH (_ IN CASE WHEN event IS NULL THEN [] ELSE [1] END | CREATE (s)-[:AT_EVENT]->(event))
}
CALL {
  WITH s, row
  UNWIND row.about AS targetId
  MATCH (target:Entity {id: targetId}) USING INDEX SEEK target:Entity(id)
  CREATE (s)-[:ABOUT]->(target)
}
CALL {
  WITH s, row
  UNWIND row.stances AS st
  MATCH (topic:Entity:Topic {id: st.topic}) USING INDEX SEEK topic:Entity(id)
  CREATE (s)-[:TAKES_STANCE {stance: st.stance}]->(topic)
}
RETURN count(s) AS count
