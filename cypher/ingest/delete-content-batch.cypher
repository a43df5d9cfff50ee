// Deletes up to $limit content nodes (articles, statements, entities, facts) with their
// relationships: a failed archive import empties the store it found empty, a batch per
// transaction.
// Parameters: $limit (int). Returns: one row: deleted (int).
MATCH (n)
WHERE n:Article OR n:Statement OR n:Entity OR n:Fact
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
