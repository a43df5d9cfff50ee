// (d) Connections between two entities, with stancegraph's semantics (cypher/connection/
// find-paths.cypher): shortest paths over stated relations, participations and statements
// (A -SAID-> s -ABOUT-> B, REPORTED_BY, TAKES_STANCE, AT_EVENT), either direction, at most
// $maxHops relationships; paths through the same nodes count once; by length, then node ids.
// Parameters: $from, $to (entity ids), $maxHops (int, 1..6), $first (int).
// Returns: one row, answer [{ length, nodes [id], relationships [{ type, from, to }] }].
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL {
  WITH a, b
  MATCH p = SHORTEST 30 (a)-[:HEAD_OF_STATE_OF|HEAD_OF_GOVERNMENT_OF|SPOKESPERSON_OF|MEMBER_OF|ADVISER_OF|MANUFACTURER_OF|ALLY_OF|OPPONENT_OF|PART_OF|LOCATED_IN|CITIZEN_OF|PARTICIPATED_IN|SAID|ABOUT|REPORTED_BY|TAKES_STANCE|AT_EVENT]-{1,6}(b)
  WHERE length(p) <= $maxHops
  WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
  ORDER BY length(p), ids, types
  WITH ids, collect(p)[0] AS p
  ORDER BY length(p), ids
  LIMIT $first
  RETURN collect({length: length(p), nodes: ids, relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]}) AS paths
}
RETURN paths AS answer
