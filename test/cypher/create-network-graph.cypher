// Test support: a small graph of statements for the network tests, written directly (no
// annotation text): its actors and topics, articles, and statements with their speaker (or none),
// stances, dates and properties. Removed again by test/delete-network-graph.
// Parameters: $actors [{id, name, type: Person or Country}]; $topics [{id, name}]; $articles
//   [string]; $statements [{id, speaker (or null), article, date (YYYY-MM-DD or null), mode,
//   attribution, provenance, stances [{topic, stance}]}].
// Returns: created (int), the statements written.
CALL {
  UNWIND $actors AS x
  MERGE (a:Entity {id: x.id})
  SET a:Actor, a.type = x.type, a.name = x.name, a.aliases = [], a.notes = []
  FOREACH (_ IN CASE WHEN x.type = 'Person' THEN [1] ELSE [] END | SET a:Person)
  FOREACH (_ IN CASE WHEN x.type = 'Country' THEN [1] ELSE [] END | SET a:Country)
}
CALL {
  UNWIND $topics AS x
  MERGE (t:Entity {id: x.id})
  SET t:Topic, t.type = 'Topic', t.name = x.name, t.aliases = [], t.notes = []
}
CALL {
  UNWIND $articles AS id
  MERGE (a:Article {id: id})
  SET a.title = 'Network test article ' + id, a.language = 'en', a.text = '', a.notes = []
}
UNWIND $statements AS x
MATCH (article:Article {id: x.article})
CREATE (s:Statement {id: x.id, text: 'Statement ' + x.id, language: 'en', mode: x.mode, attribution: x.attribution,
  provenance: x.provenance, start: 0, end: 0, excerpt: '', articleId: x.article, notes: [],
  date: CASE WHEN x.date IS NULL THEN null ELSE date(x.date) END})
CREATE (s)-[:IN_ARTICLE]->(article)
WITH s, x
CALL {
  WITH s, x
  OPTIONAL MATCH (speaker:Entity:Actor {id: x.speaker})
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (speaker)-[:SAID]->(s))
}
CALL {
  WITH s, x
  UNWIND x.stances AS st
  MATCH (t:Entity:Topic {id: st.topic})
  CREATE (s)-[:TAKES_STANCE {stance: st.stance}]->(t)
}
RETURN count(s) AS created
