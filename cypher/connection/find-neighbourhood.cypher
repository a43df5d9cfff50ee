// One entity's neighbourhood (Query.neighbourhood): every node within {{depth}} relationships of
// it over the vocabulary's PATH_TYPES (as connection/find-paths walks them, either direction), or
// over $types when given, and the relationships among those nodes on the way, with their
// properties: the stance on TAKES_STANCE, the evidence of stated relations.
// @variants depth: 1, 2, 3
// Parameters: $id (entity id); $types ([string] or null: only these relationship types);
//   $maxNodes (int).
// Returns: one row: found (bool), nodeCount (int), nodes [map with labels] (the entity first,
//   then by distance and id, at most $maxNodes), relationships [{type, from, to, stance,
//   articleId, start, end, excerpt}] among the kept nodes.
OPTIONAL MATCH (root:Entity {id: $id})
CALL {
  WITH root
  OPTIONAL MATCH p = (root)-[rels:{{pathTypes}}*1..{{depth}}]-(n)
  WHERE $types IS NULL OR all(r IN rels WHERE type(r) IN $types)
  WITH n, min(length(p)) AS distance
  WHERE n IS NOT NULL
  ORDER BY distance, n.id
  RETURN collect(n) AS around
}
WITH root, around, [root] + around[0..$maxNodes - 1] AS kept
CALL {
  WITH kept
  UNWIND kept AS x
  MATCH (x)-[r:{{pathTypes}}]->(y)
  WHERE y IN kept AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(DISTINCT {type: type(r), from: x.id, to: y.id, stance: r.stance, articleId: r.articleId, start: r.start, end: r.end,
    excerpt: r.excerpt}) AS relationships
}
RETURN root IS NOT NULL AS found, size(around) + 1 AS nodeCount,
  [n IN kept WHERE n IS NOT NULL | n {.*, aliasText: null, textDe: null, textEn: null, labels: labels(n)}] AS nodes, relationships
