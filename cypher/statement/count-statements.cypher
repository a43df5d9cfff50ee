// Counts the statements matching a filter, per key: the exact totalCount of the lists paged by
// statement/page-statements (same keys, scope, anchor and filter semantics; see that file).
// Parameters: $keys [string]; $anchorIds [string]; $scope; $anchor; $filter; $textDe; $textEn
//   (as in statement/page-statements).
// Returns: key, total (int); one row per key.
// @include statement/full-text-hits
UNWIND range(0, size($keys) - 1) AS i
WITH hits, $keys[i] AS key, $anchorIds[i] AS anchorId
CALL {
  WITH hits, key, anchorId
  // @include statement/anchored-statements
  WITH hits, key, s
  // @include statement/filter
  RETURN count(s) AS total
}
RETURN key, total
