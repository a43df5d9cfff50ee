// Closes a draft, as published or discarded, when it is still open at $baseVersion. Runs in the
// publish transaction, so a stale publish writes nothing at all. No row when it is not.
// Parameters: $id, $baseVersion (int), $status ('PUBLISHED'|'DISCARDED'), $by (the key's name).
// Returns: draft (map), or no row.
MATCH (d:Draft {id: $id})
WHERE d.status = 'OPEN' AND d.version = $baseVersion
SET d.status = $status, d.version = d.version + 1, d.savedAt = datetime(), d.savedBy = $by, d.presence = []
RETURN d {.*} AS draft
