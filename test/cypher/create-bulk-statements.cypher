// Test support: an article with $count synthetic statements by one synthetic speaker, one per
// position, dated over consecutive days from 2020-01-01 (every seventh one undated).
// Parameters: $articleId, $speaker (a new person id), $count (int). Returns: created (int).
MERGE (a:Article {id: $articleId})
SET a.title = 'Bulk test article', a.language = 'de', a.text = '', a.notes = []
MERGE (sp:Entity:Actor:Person {id: $speaker})
SET sp.type = 'Person', sp.name = 'Bulk Test Speaker', sp.aliases = [], sp.notes = [], sp.anonymous = false, sp.roles = []
WITH a, sp
UNWIND range(0, $count - 1) AS i
CREATE (s:Statement {
  id: 'statement:api-bulk-test-' + right('00000' + toString(i), 5),
  text: 'Satz ' + toString(i), language: 'de', mode: 'DIRECT_QUOTE', attribution: 'ON_RECORD',
  start: i * 10, end: i * 10 + 5, excerpt: 'Satz ' + toString(i), articleId: $articleId, notes: [],
  date: CASE WHEN i % 7 = 6 THEN null ELSE date('2020-01-01') + duration({days: i}) END
})
CREATE (s)-[:IN_ARTICLE]->(a)
CREATE (sp)-[:SAID]->(s)
RETURN count(s) AS created
