// Drops one index by name (an archive import drops the secondary indexes while it writes, see
// list-secondary-indexes). A parameter names it (Neo4j 5.16 and later).
// Parameters: $name (index name). Returns: nothing.
DROP INDEX $name IF EXISTS
