// The fast path of statement/page-statements for a full-text search and nothing else, in reading
// order (Query.statements(filter: {text})): the hits of both full-text indexes are the list, so
// they are only sorted (a Top-K of $limit rows after the keyset cursor), and their number is the
// total, in the same query: no general filter on each hit and no second search for totalCount.
// Parameters: $textDe, $textEn (Lucene queries, never ''; see statement/page-statements);
//   $after {none (true for the first page), articleId, start, id} (the keyset cursor);
//   $limit (int: page size + 1, the extra row telling that more follow).
// Returns: rows [{statement (map), k (0), name ('')}] in page order, total (int); one row.
CALL {
  CALL db.index.fulltext.queryNodes('statement_text_de', $textDe) YIELD node
  RETURN node
  UNION
  CALL db.index.fulltext.queryNodes('statement_text_en', $textEn) YIELD node
  RETURN node
}
WITH collect(node) AS hits
CALL {
  WITH hits
  UNWIND hits AS s
  // The reading-order part of statement/page-statements' keyset test (k and name are 0 and '').
  WITH s WHERE CASE
    WHEN $after.none THEN true
    WHEN s.articleId <> $after.articleId THEN s.articleId > $after.articleId
    WHEN s.start <> $after.start THEN s.start > $after.start
    ELSE s.id > $after.id END
  WITH s ORDER BY s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect({
    statement: s {.id, .text, .language, .translation, .mode, .attribution, .start, .end, .excerpt, .articleId, .date, .notes},
    k: 0,
    name: ''
  }) AS rows
}
RETURN rows, size(hits) AS total
