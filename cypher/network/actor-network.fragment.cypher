  // (fragment network/actor-network) DNA's one-mode network from the actor rows of
  // network/actor-cells (docs/networks.md has the formulas). The actors, most active first, are
  // cut at $maxNodes; their edges come from network/actor-edges-{{pairs}}: `function`, where the
  // Neo4j has stancegraph.network.actorPairs (the embedded one does), else `cypher`. Both compute,
  // for every pair of actors that spoke on a topic, per topic (levels SUPPORT +1,
  // NEUTRAL 0, OPPOSE -1, |K| - 1 = 2, so the factor 1 - |k - k'| / 2 is 1, 0.5 or 0):
  //   congruence   Σ_k Σ_k' x_ijk x_i'jk' (1 - |k - k'| / 2)
  //   conflict     Σ_k Σ_k' x_ijk x_i'jk' |k - k'| / 2
  //   cooccurrence (Σ_k x_ijk) (Σ_k x_i'jk)
  // summed over the topics. $aggregation picks the weight (SUBTRACT: congruence - conflict) and
  // $normalization divides it: AVERAGE by (A_i + A_i') / 2, JACCARD by m10 + m01 + m11, COSINE by
  // A_i A_i' (DNA's product of activities). Edges of weight 0 or of |weight| < $minWeight are
  // dropped; the rest sort by |weight|, heaviest first, cut at $maxEdges. With $evidence each kept
  // edge gets the statements behind it: those of the two actors, on the topics they share, in
  // the stance pairs $kernel (3x3, by level index) gives a non-zero factor; at most $idsPerEdge
  // ids, the first by id. Returns the variables actorCount, nodes, edgeCount and edges.
  ORDER BY activity DESC, a.id
  WITH collect({id: a.id, name: a.name, type: a.type, activity: activity, support: support, neutral: neutral, oppose: oppose, cells: cells}) AS actors
  WITH size(actors) AS actorCount, actors[0..$maxNodes] AS kept
  CALL {
    WITH kept
    UNWIND kept AS x
    CALL {
      WITH x
      UNWIND x.cells AS c
      UNWIND c.ids AS levelIds
      UNWIND levelIds AS id
      RETURN count(DISTINCT id) AS statementCount
    }
    RETURN collect(x {.id, .name, .type, .activity, .support, .neutral, .oppose, statementCount: statementCount}) AS nodes
  }
  // @include network/actor-edges-{{pairs}}
