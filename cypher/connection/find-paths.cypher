// Finds the shortest paths between two entities (Query.connections) over what the articles
// state between entities: stated relations, participations in events, and statements
// (A -SAID-> statement -ABOUT-> B, REPORTED_BY, TAKES_STANCE, AT_EVENT). Articles, mentions
// and facts are left out: every entity of an article would be two hops from every other.
// Relationships are walked in either direction. Cypher 5 takes no parameter as a quantifier
// bound or as k of SHORTEST, so the search runs up to the API's largest bounds (6 hops, 30
// candidate paths) and `length(p) <= $maxHops` prunes during the search. Paths visiting the same
// nodes through parallel relationships count once. Ordered by length, then by node ids.
// Parameters: $from, $to (entity ids); $maxHops (int, 1..6); $first (int, 1..10).
// Returns: length (int), nodes [map with labels], relationships [{type, from, to}] as stored.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 30 (a)-[:HEAD_OF_STATE_OF|HEAD_OF_GOVERNMENT_OF|SPOKESPERSON_OF|MEMBER_OF|ADVISER_OF|MANUFACTURER_OF|ALLY_OF|OPPONENT_OF|PART_OF|LOCATED_IN|CITIZEN_OF|PARTICIPATED_IN|SAID|ABOUT|REPORTED_BY|TAKES_STANCE|AT_EVENT]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
ORDER BY length(p), ids, types
WITH ids, collect(p)[0] AS p
ORDER BY length(p), ids
LIMIT $first
RETURN length(p) AS length,
  [n IN nodes(p) | n {.*, aliasText: null, textDe: null, textEn: null, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relationships
