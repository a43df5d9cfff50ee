// Pages through the drafts of one status, last saved first (Query.drafts). Without their text
// (a list shows titles, review progress and who saved them; the text can be 5 MB).
// Keyset pagination: rows sort by (savedAt descending, id); a page resumes strictly after $after.
// Parameters: $status ('OPEN'|'PUBLISHED'|'DISCARDED'); $after {savedAt (ISO string), id} or null;
//   $limit (int: page size + 1).
// Returns: draft (map without text), in page order.
MATCH (d:Draft)
WHERE d.status = $status
  AND ($after IS NULL OR d.savedAt < datetime($after.savedAt) OR d.savedAt = datetime($after.savedAt) AND d.id > $after.id)
RETURN d {.*, text: null} AS draft
ORDER BY d.savedAt DESC, d.id
LIMIT $limit
