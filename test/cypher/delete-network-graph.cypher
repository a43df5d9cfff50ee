// Test support: removes what test/create-network-graph wrote: the statements of its articles,
// the articles, and its actors and topics, with all their relationships.
// Parameters: $articles [string]; $entities [string] (actor and topic ids).
// Returns: nothing.
CALL {
  UNWIND $articles AS id
  MATCH (a:Article {id: id})
  OPTIONAL MATCH (s:Statement {articleId: id})
  DETACH DELETE s, a
}
UNWIND $entities AS id
MATCH (e:Entity {id: id})
DETACH DELETE e
