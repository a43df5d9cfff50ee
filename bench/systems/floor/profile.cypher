// (b) An actor's profile: its first statements, the first statements about it (with their
// speakers), and its positions (topic, stance, how many statements take it, the first of them).
// Parameters: $id (actor id), $first (int), $evidence (int).
// Returns: one row, answer { id, name, statements { totalCount, items [{ id, text }] },
//   statementsAbout { totalCount, items [{ id, text, speaker { id, name } }] },
//   positions [{ topic { id, name }, stance, statementCount, first [id]: the first $evidence in reading order }] }.
MATCH (x:Entity:Actor {id: $id})
CALL {
  WITH x
  MATCH (x)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.articleId, s.start LIMIT $first
  RETURN collect({id: s.id, text: s.text}) AS said
}
CALL {
  WITH x
  MATCH (x)<-[:ABOUT]-(s:Statement)
  WITH s ORDER BY s.articleId, s.start LIMIT $first
  MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect({id: s.id, text: s.text, speaker: {id: speaker.id, name: speaker.name}}) AS about
}
CALL {
  WITH x
  MATCH (x)-[:SAID]->(s:Statement)-[r:TAKES_STANCE]->(t:Topic)
  WITH t, r.stance AS stance, s.id AS sid ORDER BY s.articleId, s.start, sid
  WITH t, stance, collect(sid) AS ids
  RETURN collect({topic: {id: t.id, name: t.name}, stance: stance, statementCount: size(ids), first: ids[0..$evidence]}) AS positions
}
RETURN {
  id: x.id, name: x.name,
  statements: {totalCount: COUNT { (x)-[:SAID]->() }, items: said},
  statementsAbout: {totalCount: COUNT { (x)<-[:ABOUT]-() }, items: about},
  positions: positions
} AS answer
