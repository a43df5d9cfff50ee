// Test support: each statement of an article with what the write path records of its provenance
// and spans, and its speaker (null when it has none).
// Parameters: $articleId. Returns: id, provenance, confidence, extractor, mention, mentionStart,
//   cue, cueStart, text, speaker, articleText; in reading order.
MATCH (s:Statement {articleId: $articleId})-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS id, s.provenance AS provenance, s.confidence AS confidence, s.extractor AS extractor,
  s.mention AS mention, s.mentionStart AS mentionStart,
  s.cue AS cue, s.cueStart AS cueStart, s.text AS text,
  [(s)<-[:SAID]-(p) | p.id][0] AS speaker, a.text AS articleText
ORDER BY s.start
