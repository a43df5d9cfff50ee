// DNA's two-mode network of actors and topics (Query.affiliationNetwork, the network exports), in
// one query over the stances of network/stance-rows, counted as network/actor-cells counts them.
// The weight of actor i and topic j ($aggregation): IGNORE Σ_k x_ijk; SUBTRACT Σ_k k x_ijk
// (supports minus opposes); COMBINE 1 when i only supports j, 2 when it only opposes, 3 when it
// does both (NEUTRAL does not count). $normalization divides it: ACTIVITY by the actor's total
// Σ_j Σ_k x_ijk, PROMINENCE by the topic's total Σ_i Σ_k x_ijk. Edges of weight 0 or of |weight| <
// $minWeight are dropped; actors cut at $maxNodes (most active first), edges at $maxEdges
// (heaviest first). Each edge carries the statements behind it (for SUBTRACT and COMBINE not the
// neutral ones), at most $idsPerEdge.
// Parameters: $filter, $levels, $duplicates, $dupUnit (as network/compute-actor-network);
//   $aggregation; $normalization; $minWeight (float); $maxNodes, $maxEdges, $idsPerEdge (int).
// Returns: one row: actorCount (int), actors [{id, name, type, activity, support, neutral, oppose}],
//   topics [{id, name, prominence}], edgeCount (int), edges [{actor, topic, weight, support,
//   neutral, oppose, statementCount, statementIds}].
WITH date($filter.from) AS windowFrom, date($filter.to) AS windowTo
// @include network/stance-rows
// @include network/actor-cells
ORDER BY activity DESC, a.id
WITH collect({id: a.id, name: a.name, type: a.type, activity: activity, support: support, neutral: neutral, oppose: oppose, cells: cells}) AS everyone
WITH size(everyone) AS actorCount, everyone[0..$maxNodes] AS kept, everyone
CALL {
  WITH everyone
  UNWIND everyone AS x
  UNWIND x.cells AS c
  WITH c.t AS topic, sum(c.v[0] + c.v[1] + c.v[2]) AS prominence
  MATCH (t:Entity:Topic {id: topic})
  RETURN collect({id: t.id, name: t.name, prominence: prominence}) AS topics
}
CALL {
  WITH kept, topics
  UNWIND kept AS x
  UNWIND x.cells AS c
  WITH x, c, head([t IN topics WHERE t.id = c.t]).prominence AS prominence
  WITH x, c, CASE $aggregation
      WHEN 'SUBTRACT' THEN toFloat(c.v[0] - c.v[2])
      WHEN 'COMBINE' THEN CASE WHEN c.v[0] > 0 AND c.v[2] > 0 THEN 3.0 WHEN c.v[2] > 0 THEN 2.0 WHEN c.v[0] > 0 THEN 1.0 ELSE 0.0 END
      ELSE toFloat(c.v[0] + c.v[1] + c.v[2])
    END / CASE $normalization WHEN 'ACTIVITY' THEN x.activity WHEN 'PROMINENCE' THEN prominence ELSE 1 END AS weight
  WHERE weight <> 0 AND abs(weight) >= $minWeight
  ORDER BY abs(weight) DESC, x.id, c.t
  WITH collect({actor: x.id, topic: c.t, weight: weight, support: c.v[0], neutral: c.v[1], oppose: c.v[2],
    ids: CASE $aggregation WHEN 'IGNORE' THEN c.ids[0] + c.ids[1] + c.ids[2] ELSE c.ids[0] + c.ids[2] END}) AS found
  RETURN size(found) AS edgeCount,
    [e IN found[0..$maxEdges] | e {.actor, .topic, .weight, .support, .neutral, .oppose, statementCount: size(e.ids), statementIds: e.ids[0..$idsPerEdge]}] AS edges
}
RETURN actorCount, [x IN kept | x {.id, .name, .type, .activity, .support, .neutral, .oppose}] AS actors, topics, edgeCount, edges
