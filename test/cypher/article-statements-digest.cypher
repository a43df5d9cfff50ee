// Test support: every statement of an article with what it says and whom it links, to compare
// two versions of an article.
// Parameters: $articleId. Returns: id, text, translation, mode, speakers ([entity id]),
// about ([entity id]), stances (["topic:stance"]), one row per statement in id order.
MATCH (s:Statement {articleId: $articleId})
CALL {
  WITH s
  OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
  WITH sp ORDER BY sp.id
  RETURN collect(sp.id) AS speakers
}
CALL {
  WITH s
  OPTIONAL MATCH (s)-[:ABOUT]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e.id) AS about
}
CALL {
  WITH s
  OPTIONAL MATCH (s)-[st:TAKES_STANCE]->(t:Entity)
  WITH t, st ORDER BY t.id, st.stance
  RETURN collect(t.id + ':' + st.stance) AS stances
}
RETURN s.id AS id, s.text AS text, s.translation AS translation, s.mode AS mode, speakers, about, stances
ORDER BY id
