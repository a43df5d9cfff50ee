// The indexes no constraint owns, but the node label lookup index: what an archive import drops
// while it writes (the write path finds every node by a constraint's index) and builds again
// afterwards from cypher/schema/schema.cypher.
// Parameters: none. Returns: name, one row per index.
SHOW INDEXES YIELD name, type, owningConstraint
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name
