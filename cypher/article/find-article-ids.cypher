// Every article id, for exporting them all (npm run export-annotations).
// Parameters: none.
// Returns: id (string), in id order.
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id
