// Finds drafts by id, with their text and content.
// Parameters: $ids [string].
// Returns: id, draft (map); one row per draft found.
UNWIND $ids AS id
MATCH (d:Draft {id: id})
RETURN id, d {.*} AS draft
