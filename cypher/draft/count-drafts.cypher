// Counts the drafts of one status: the totalCount of draft/page-drafts.
// Parameters: $status (string).
// Returns: total (int).
MATCH (d:Draft)
WHERE d.status = $status
RETURN count(d) AS total
