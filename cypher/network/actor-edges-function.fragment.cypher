  // (fragment network/actor-edges-function) The edges of network/actor-network through
  // stancegraph.network.actorPairs (neo4j/src/main/java/stancegraph/neo4j/ActorPairs.java), which
  // computes what network/actor-edges-cypher does, pair by pair in Java over the same cells. The
  // cells go in without their statement ids unless the evidence is asked for. An answer that
  // would list more than $maxListedIds statement ids is refused by the function, which names the
  // idsPerEdge that fits (the Cypher step is held to Neo4j's transaction memory limit instead).
  // Returns the variables edgeCount and edges.
  WITH actorCount, nodes, stancegraph.network.actorPairs(
      [x IN kept | {id: x.id, activity: x.activity, cells: [c IN x.cells | {t: c.t, v: c.v, ids: CASE WHEN $evidence THEN c.ids ELSE [] END}]}],
      $aggregation, $normalization, $minWeight, $maxEdges, $evidence, $kernel, $idsPerEdge, $maxListedIds) AS pairs
  WITH actorCount, nodes, pairs.edgeCount AS edgeCount, pairs.edges AS edges
