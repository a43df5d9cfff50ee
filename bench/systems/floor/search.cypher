// (c) Full-text statement search: statements whose German original (German stemming) or whose
// English text or translation (English stemming) matches, in reading order; and their number.
// Parameters: $query (Lucene query, escaped), $first (int).
// Returns: one row, answer { totalCount, items [{ id, text, speaker { id, name } }] }.
CALL {
  CALL db.index.fulltext.queryNodes('statement_text_de', $query) YIELD node RETURN node
  UNION
  CALL db.index.fulltext.queryNodes('statement_text_en', $query) YIELD node RETURN node
}
WITH collect(node) AS hits
CALL {
  WITH hits
  UNWIND hits AS s
  WITH s ORDER BY s.articleId, s.start LIMIT $first
  MATCH (speaker:Actor)-[:SAID]->(s)
  RETURN collect({id: s.id, text: s.text, speaker: {id: speaker.id, name: speaker.name}}) AS items
}
RETURN {totalCount: size(hits), items: items} AS answer
