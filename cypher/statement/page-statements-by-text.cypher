// The `text` statement list strategy (src/graph/statement/list/): a full-text search and nothing
// else, in reading order (Query.statements(filter: {text})): the hits of both full-text indexes are the list, and
// their number is the total, in the same query: no general filter on each hit and no second
// search for totalCount. The page is found one of two ways, whichever reads less (as in
// statement/page-statements-by-relation):
// - for a common word (at 100k statements, "Rakete" has 4,888 hits) the (articleId, start) index
//   is walked from the cursor in reading order, keeping the statements that are hits: a page takes
//   about $limit * statements / total steps and stops there, while sorting would read the sort keys
//   of every hit from the store (three property reads per hit, most of the query's time). The walk
//   is cut after $walkWindow statements; a page it did not fill is found by the second way.
// - otherwise the hits after the cursor go through a Top-K of $limit rows.
// Walking is chosen when its expected steps are at most 1/$walkRatio of the hits:
// total * total >= $walkRatio * $limit * statements. Every statement has an articleId and a start
// (ingestion requires an evidence span), and the full-text indexes hold statements only, so both
// ways see the same statements.
// Parameters: $textDe, $textEn (Lucene queries, never ''; see statement/full-text-hits);
//   $after {none (true for the first page), articleId, start, id} (the keyset cursor);
//   $limit (int: page size + 1, the extra row telling that more follow);
//   $walkRatio (number), $walkWindow (int): when to walk the index, and how far at most.
// Returns: rows [{statement (map), speakers [map], dateKey (0), speakerKey ('')}] in page order, total (int); one row.
// @include statement/full-text-hits
WITH hits, size(hits) AS total
WITH hits, total, total > 0 AND total * total >= $walkRatio * $limit * COUNT { (:Statement) } AS dense
CALL {
  WITH hits, dense
  // Seeks null (reads nothing) unless dense: a plain WHERE dense would be tested per index row.
  MATCH (s:Statement)
  WHERE s.articleId >= CASE WHEN dense THEN $after.articleId END AND s.start IS NOT NULL AND
    // @include statement/after-in-reading-order
  WITH hits, s ORDER BY s.articleId, s.start, s.id
  LIMIT $walkWindow
  // The list is the same on every row: Cypher checks membership in it through a hash set.
  WITH s WHERE s IN hits
  WITH s LIMIT $limit
  RETURN collect(s) AS walked
}
CALL {
  WITH hits, walked
  WITH hits WHERE size(walked) < $limit
  UNWIND hits AS s
  // The reading-order part of statement/page-statements' keyset test (the date and speaker keys are 0 and '').
  WITH s WHERE
    // @include statement/after-in-reading-order
  WITH s ORDER BY s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect(s) AS sorted
}
RETURN [s IN CASE WHEN size(walked) = $limit THEN walked ELSE sorted END | {
  // @include statement/page-row
  dateKey: 0,
  speakerKey: ''
}] AS rows, total
