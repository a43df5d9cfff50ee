// Finds the shortest paths of at most {{maxHops}} relationships between two entities
// (Query.connections with maxHops: {{maxHops}}) over what the articles state between entities:
// stated relations, participations in events, and statements (A -SAID-> statement -ABOUT-> B,
// REPORTED_BY, TAKES_STANCE, AT_EVENT): the vocabulary's PATH_TYPES (src/vocabulary/graph.ts).
// Articles, mentions and facts are left out: every entity of an article would be two hops from
// every other. Relationships are walked in either direction.
// One query per maxHops, chosen by the repository: Cypher 5 takes no parameter as a quantifier
// bound, and a bound above maxHops filtered afterwards (the planner applies `length(p) <= $maxHops`
// only after the search) makes the search walk further from dense entities for nothing.
// @variants maxHops: 1, 2, 3, 4, 5, 6
// SHORTEST 30 whatever $first asks: when more than 30 paths tie for shortest, which 30 the search
// keeps is up to Neo4j, and the first $first of those by node ids are returned; a smaller k would
// keep fewer of the tied paths and change which ones come back. Paths visiting the same nodes
// through parallel relationships count once. Ordered by length, then by node ids.
// Parameters: $from, $to (entity ids); $first (int, 1..10).
// Returns: length (int), nodes [map with labels], relationships [{type, from, to, stance,
//   articleId, start, end, excerpt}] as stored (stance on TAKES_STANCE, the evidence of stated
//   relations; null where a relationship has none).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 30 (a)-[:{{pathTypes}}]-{1,{{maxHops}}}(b)
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
ORDER BY length(p), ids, types
WITH ids, collect(p)[0] AS p
ORDER BY length(p), ids
LIMIT $first
RETURN length(p) AS length,
  [n IN nodes(p) | n {.*, aliasText: null, textDe: null, textEn: null, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, stance: r.stance, articleId: r.articleId,
    start: r.start, end: r.end, excerpt: r.excerpt}] AS relationships
