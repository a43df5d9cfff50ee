// The `index` statement list strategy (src/graph/statement/list/) in reading order, the commonest
// list: statements filtered at most by article and by their own properties (mode, attribution, dates).
// It walks the (articleId, start) index in order and stops after one page, so page 1000 of a
// large graph costs what page 1 costs. Two ordered seeks: the rest of the cursor's article, then
// the articles after it; each is cut at $limit rows before the final sort.
// Parameters: (never null, so that one plan serves every call) $cursorArticle, $cursorStart,
//   $cursorId (the keyset cursor; '', 0, '' on the first page, when no article id is ''); $lo, $hi (range of article ids still to walk: $lo is just after the cursor's article,
//   or the filtered article; $hi is the filtered article or the largest id);
//   $filter {mode, attribution, provenance, from, to} (values or null); $undatedOnly (boolean: only statements
//   without a date, the tail of the date orders); $limit (int: page size + 1).
// Returns: rows [{statement (map), speakers [map], dateKey (0), speakerKey ('')}] in page order, statements (int: how many
//   statements there are, from the count store: the totalCount of the unfiltered list, read here
//   to save it a round trip), in one row.
CALL {
  MATCH (s:Statement)
  WHERE s.articleId = $cursorArticle AND s.start >= $cursorStart
    AND CASE WHEN s.start = $cursorStart THEN s.id > $cursorId ELSE true END
    // @include statement/property-filter
    // @include statement/date-filter
    AND (NOT $undatedOnly OR s.date IS NULL)
  WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
  RETURN s
  UNION ALL
  MATCH (s:Statement)
  WHERE s.articleId >= $lo AND s.articleId <= $hi AND s.start IS NOT NULL
    // @include statement/property-filter
    // @include statement/date-filter
    AND (NOT $undatedOnly OR s.date IS NULL)
  WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
  RETURN s
}
WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
WITH collect({
  // @include statement/page-row
  dateKey: 0,
  speakerKey: ''
}) AS rows
CALL {
  MATCH (n:Statement)
  RETURN count(n) AS statements
}
RETURN rows, statements
