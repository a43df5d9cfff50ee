// Saves a draft over the version the editor opened: only when it is still open and still at
// $baseVersion; the version then goes up by one. No row when it is not (the caller reads the
// draft again to say why: gone, closed, or saved by someone else since).
// Parameters: $id, $baseVersion (int), $draft {title, url, publishedAt, source, content,
//   statementCount, reviewedCount, by}.
// Returns: draft (map), or no row.
MATCH (d:Draft {id: $id})
WHERE d.status = 'OPEN' AND d.version = $baseVersion
SET d.version = d.version + 1, d.title = $draft.title, d.url = $draft.url, d.publishedAt = $draft.publishedAt,
  d.source = $draft.source, d.content = $draft.content, d.statementCount = $draft.statementCount,
  d.reviewedCount = $draft.reviewedCount, d.savedAt = datetime(), d.savedBy = $draft.by
RETURN d {.*} AS draft
