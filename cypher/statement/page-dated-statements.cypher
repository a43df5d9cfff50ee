// The `index` statement list strategy (src/graph/statement/list/) in date orders (DATE_ASC,
// DATE_DESC): lists filtered at most by article and by the statements' own properties; walks the date index in
// order and stops after one page. Within a day, reading order (article id, start, id).
// Undated statements come after all dated ones; the caller pages them with
// statement/page-statements-in-reading-order ($undatedOnly) once this query runs dry.
// Two ordered seeks: the rest of the cursor's day, then the days after it (before it, newest
// first); each is cut at $limit rows before the final sort.
// Parameters: (never null, so that one plan serves every call) $desc (boolean: newest first);
//   $cursorDay (YYYY-MM-DD, or '' for the first page), $cursorArticle, $cursorStart, $cursorId
//   (the rest of the keyset cursor: '', 0, '' on the first page);
//   $lo, $hi (range of article ids: one article, or '' to the largest id);
//   $filter {mode, attribution, provenance, from, to} (values or null); $limit (int: page size + 1).
// Returns: rows [{statement (map), speakers [map], dateKey (int: yyyymmdd, negated when $desc), speakerKey ('')}] in page order.
CALL {
  MATCH (s:Statement)
  WHERE s.date = CASE WHEN $cursorDay = '' THEN null ELSE date($cursorDay) END
    AND CASE WHEN s.articleId = $cursorArticle
      THEN s.start > $cursorStart OR s.start = $cursorStart AND s.id > $cursorId
      ELSE s.articleId > $cursorArticle END
    AND s.articleId >= $lo AND s.articleId <= $hi
    // @include statement/property-filter
  WITH s ORDER BY s.articleId, s.start, s.id LIMIT $limit
  RETURN s
  UNION ALL
  WITH 1 AS ascending WHERE NOT $desc
  MATCH (s:Statement)
  WHERE s.date > CASE WHEN $cursorDay = '' THEN date({year: -999999999, month: 1, day: 1}) ELSE date($cursorDay) END
    AND s.date >= coalesce(date($filter.from), date({year: -999999999, month: 1, day: 1}))
    AND s.date <= coalesce(date($filter.to), date({year: 999999999, month: 12, day: 31}))
    AND s.articleId >= $lo AND s.articleId <= $hi
    // @include statement/property-filter
  WITH s ORDER BY s.date, s.articleId, s.start, s.id LIMIT $limit
  RETURN s
  UNION ALL
  WITH 1 AS descending WHERE $desc
  MATCH (s:Statement)
  WHERE s.date < CASE WHEN $cursorDay = '' THEN date({year: 999999999, month: 12, day: 31}) ELSE date($cursorDay) END
    AND s.date >= coalesce(date($filter.from), date({year: -999999999, month: 1, day: 1}))
    AND s.date <= coalesce(date($filter.to), date({year: 999999999, month: 12, day: 31}))
    AND s.articleId >= $lo AND s.articleId <= $hi
    // @include statement/property-filter
  WITH s ORDER BY s.date DESC, s.articleId, s.start, s.id LIMIT $limit
  RETURN s
}
WITH s, s.date.year * 10000 + s.date.month * 100 + s.date.day AS ymd
WITH s, CASE WHEN $desc THEN -ymd ELSE ymd END AS dateKey
ORDER BY dateKey, s.articleId, s.start, s.id
LIMIT $limit
RETURN collect({
  // @include statement/page-row
  dateKey: dateKey,
  speakerKey: ''
}) AS rows
