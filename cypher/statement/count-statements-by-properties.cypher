// Counts statements filtered at most by article and by their own properties: the totalCount of
// statement/page-statements-in-reading-order, through the (articleId, start) index.
// Parameters: $lo, $hi (range of article ids: one article, or '' to the largest id);
//   $filter {mode, attribution, from, to} (values or null).
// Returns: total (int).
MATCH (s:Statement)
WHERE s.articleId >= $lo AND s.articleId <= $hi AND s.start IS NOT NULL
  AND ($filter.mode IS NULL OR s.mode = $filter.mode)
  AND ($filter.attribution IS NULL OR s.attribution = $filter.attribution)
  AND ($filter.from IS NULL OR s.date >= date($filter.from))
  AND ($filter.to IS NULL OR s.date <= date($filter.to))
RETURN count(s) AS total
