// Test support: removes every node and relationship of the graph (schema stays), for a test that
// rebuilds the graph from its own export. Only ever run against a test's own throwaway Neo4j.
// Parameters: none. Returns: nothing.
MATCH (n)
DETACH DELETE n
