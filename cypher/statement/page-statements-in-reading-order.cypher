// The fast path of statement/page-statements for the commonest list: statements in reading
// order, filtered at most by article and by their own properties (mode, attribution, dates).
// It walks the (articleId, start) index in order and stops after one page, so page 1000 of a
// large graph costs what page 1 costs. Two ordered seeks: the rest of the cursor's article, then
// the articles after it; each is cut at $limit rows before the final sort.
// Parameters: (never null, so that one plan serves every call) $cursorArticle, $cursorStart,
//   $cursorId (the keyset cursor; '', 0, '' on the first page, when no article id is ''); $lo, $hi (range of article ids still to walk: $lo is just after the cursor's article,
//   or the filtered article; $hi is the filtered article or the largest id);
//   $filter {mode, attribution, from, to} (values or null); $undatedOnly (boolean: only statements
//   without a date, the tail of the date orders); $limit (int: page size + 1).
// Returns: rows [{statement (map), speakers [map] (its speaker, see below), k (0), name ('')}] in page order, statements (int: how many
//   statements there are, from the count store: the totalCount of the unfiltered list, read here
//   to save it a round trip), in one row.
CALL {
  MATCH (s:Statement)
  WHERE s.articleId = $cursorArticle AND s.start >= $cursorStart
    AND CASE WHEN s.start = $cursorStart THEN s.id > $cursorId ELSE true END
    AND ($filter.mode IS NULL OR s.mode = $filter.mode)
    AND ($filter.attribution IS NULL OR s.attribution = $filter.attribution)
    AND ($filter.from IS NULL OR s.date >= date($filter.from))
    AND ($filter.to IS NULL OR s.date <= date($filter.to))
    AND (NOT $undatedOnly OR s.date IS NULL)
  WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
  RETURN s
  UNION ALL
  MATCH (s:Statement)
  WHERE s.articleId >= $lo AND s.articleId <= $hi AND s.start IS NOT NULL
    AND ($filter.mode IS NULL OR s.mode = $filter.mode)
    AND ($filter.attribution IS NULL OR s.attribution = $filter.attribution)
    AND ($filter.from IS NULL OR s.date >= date($filter.from))
    AND ($filter.to IS NULL OR s.date <= date($filter.to))
    AND (NOT $undatedOnly OR s.date IS NULL)
  WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
  RETURN s
}
WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
WITH collect({
  statement: s {.id, .text, .language, .translation, .mode, .attribution, .start, .end, .excerpt, .articleId, .date, .notes},
  // The speaker as statement/find-speakers returns it, read for the page rows only: the caller
  // primes the Statement.speaker loader with it, saving that query a round trip.
  speakers: [(s)<-[:SAID]-(a:Actor) | a {.*, aliasText: null}],
  k: 0,
  name: ''
}) AS rows
CALL {
  MATCH (n:Statement)
  RETURN count(n) AS statements
}
RETURN rows, statements
