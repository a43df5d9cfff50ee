// Finds entities by name or alias in any spelling (Query.search): the accent- and case-folding
// index with exact, prefix and fuzzy terms, and the German-stemming index for inflected forms
// ("Russlands"). A node found by both keeps its better score. The caller re-ranks exact matches.
// Parameters: $folded (Lucene query for entity_names), $german (Lucene query for
//   entity_names_de), $types [string] (entity types to keep, or null for all); $limit (int).
// Returns: entity (map), score (float), best first.
CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $folded, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_de', $german, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.*, aliasText: null} AS entity, score
ORDER BY score DESC, node.id
LIMIT $limit
