// Counts statements filtered at most by article and by their own properties: the totalCount of
// the `index` statement list strategy, through the (articleId, start) index.
// Parameters: $lo, $hi (range of article ids: one article, or '' to the largest id);
//   $filter {mode, attribution, provenance, from, to} (values or null).
// Returns: total (int).
MATCH (s:Statement)
WHERE s.articleId >= $lo AND s.articleId <= $hi AND s.start IS NOT NULL
  // @include statement/property-filter
  // @include statement/date-filter
RETURN count(s) AS total
