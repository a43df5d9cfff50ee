// stancegraph's own functions that this Neo4j has: the embedded one registers them at start
// (neo4j/src/main/java/stancegraph/neo4j/), a Neo4j server has them only as a plugin. Queries
// with a plain-Cypher variant use a function only where it is listed here.
// Parameters: none.
// Returns: one row per function: name.
SHOW FUNCTIONS YIELD name
WHERE name STARTS WITH 'stancegraph.'
RETURN name
