// (a) Who said what about X: a page of the statements about one entity, in reading order
// (article, then position in it), each with its speaker and all its targets; and the total.
// Parameters: $id (entity id), $first (int).
// Returns: one row, answer { totalCount, items [{ id, text, speaker { id, name }, about [{ id, name }] }] }.
MATCH (x:Entity {id: $id})
CALL {
  WITH x
  MATCH (x)<-[:ABOUT]-(s:Statement)
  WITH s ORDER BY s.articleId, s.start LIMIT $first
  MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect({
    id: s.id, text: s.text, speaker: {id: speaker.id, name: speaker.name},
    about: COLLECT { MATCH (s)-[:ABOUT]->(t:Entity) RETURN {id: t.id, name: t.name} }
  }) AS items
}
RETURN {totalCount: COUNT { (x)<-[:ABOUT]-() }, items: items} AS answer
