  // (fragment network/actor-network) DNA's one-mode network from the actor rows of
  // network/actor-cells (docs/networks.md has the formulas). The actors, most active first, are
  // cut at $maxNodes; for every pair of them that spoke on a topic, per topic (levels SUPPORT +1,
  // NEUTRAL 0, OPPOSE -1, |K| - 1 = 2, so the factor 1 - |k - k'| / 2 is 1, 0.5 or 0):
  //   congruence   Σ_k Σ_k' x_ijk x_i'jk' (1 - |k - k'| / 2)
  //   conflict     Σ_k Σ_k' x_ijk x_i'jk' |k - k'| / 2
  //   cooccurrence (Σ_k x_ijk) (Σ_k x_i'jk)
  // summed over the topics. $aggregation picks the weight (SUBTRACT: congruence - conflict) and
  // $normalization divides it: AVERAGE by (A_i + A_i') / 2, JACCARD by m10 + m01 + m11, COSINE by
  // A_i A_i' (DNA's product of activities). Edges of weight 0 or of |weight| < $minWeight are
  // dropped; the rest sort by |weight|, heaviest first, cut at $maxEdges. With $evidence each kept
  // edge gets the statements behind it: those of the two actors, on the topics they share, in
  // the stance pairs $kernel (3x3, by level index) gives a non-zero factor; at most $idsPerEdge ids.
  // Returns the variables actorCount, nodes, edgeCount and edges.
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
  CALL {
    WITH kept
    UNWIND kept AS x
    UNWIND x.cells AS c
    WITH c.t AS topic, {a: x.id, act: x.activity, v: c.v, ids: c.ids} AS cell
    ORDER BY cell.a
    WITH topic, collect(cell) AS here
    UNWIND range(0, size(here) - 2) AS i
    WITH topic, here[i] AS x, here[i + 1..] AS later
    UNWIND later AS y
    WITH topic, x, y, x.v AS v, y.v AS w
    WITH x.a AS source, y.a AS target, x.act AS sourceActivity, y.act AS targetActivity,
      sum(v[0] * w[0] + v[1] * w[1] + v[2] * w[2] + 0.5 * (v[0] * w[1] + v[1] * w[0] + v[1] * w[2] + v[2] * w[1])) AS congruence,
      sum(v[0] * w[2] + v[2] * w[0] + 0.5 * (v[0] * w[1] + v[1] * w[0] + v[1] * w[2] + v[2] * w[1])) AS conflict,
      sum((v[0] + v[1] + v[2]) * (w[0] + w[1] + w[2])) AS cooccurrence,
      // Jaccard: m11 over the (topic, level) cells where both spoke, the statements each made
      // in cells both share (the rest of its activity is its m10 or m01).
      sum(reduce(z = 0, p IN [0, 1, 2] | z + CASE WHEN v[p] > 0 AND w[p] > 0 THEN v[p] * w[p] ELSE 0 END)) AS m11,
      sum(reduce(z = 0, p IN [0, 1, 2] | z + CASE WHEN v[p] > 0 AND w[p] > 0 THEN v[p] ELSE 0 END)) AS sourceShared,
      sum(reduce(z = 0, p IN [0, 1, 2] | z + CASE WHEN v[p] > 0 AND w[p] > 0 THEN w[p] ELSE 0 END)) AS targetShared,
      collect(topic) AS topics,
      // The cells of both, for the evidence of the edges kept; not carried when nobody asked.
      collect(CASE WHEN $evidence THEN [topic, x.v, x.ids, y.v, y.ids] END) AS meets
    WITH source, target, congruence, conflict, cooccurrence, topics, meets,
      CASE $aggregation
        WHEN 'CONGRUENCE' THEN congruence
        WHEN 'CONFLICT' THEN conflict
        WHEN 'SUBTRACT' THEN congruence - conflict
        ELSE toFloat(cooccurrence)
      END / CASE $normalization
        WHEN 'AVERAGE' THEN (sourceActivity + targetActivity) / 2.0
        WHEN 'JACCARD' THEN toFloat(m11 + sourceActivity - sourceShared + targetActivity - targetShared)
        WHEN 'COSINE' THEN toFloat(sourceActivity) * targetActivity
        ELSE 1.0
      END AS weight
    WHERE weight <> 0 AND abs(weight) >= $minWeight
    ORDER BY abs(weight) DESC, source, target
    WITH collect({source: source, target: target, weight: weight, congruence: congruence, conflict: conflict,
      cooccurrence: cooccurrence, topics: topics, meets: meets}) AS found
    RETURN size(found) AS edgeCount, found[0..$maxEdges] AS heaviest
  }
  CALL {
    WITH heaviest
    UNWIND heaviest AS e
    CALL {
      WITH e
      UNWIND e.meets AS m
      UNWIND range(0, 2) AS p
      // m = [topic, v, ids, w, ids']: a level of one actor counts when the other has a level it
      // pairs with under $kernel.
      UNWIND CASE WHEN m[1][p] > 0 AND reduce(z = 0.0, q IN [0, 1, 2] | z + m[3][q] * $kernel[p][q]) > 0 THEN m[2][p] ELSE [] END
        + CASE WHEN m[3][p] > 0 AND reduce(z = 0.0, q IN [0, 1, 2] | z + m[1][q] * $kernel[q][p]) > 0 THEN m[4][p] ELSE [] END AS id
      WITH DISTINCT id
      ORDER BY id
      RETURN count(id) AS statementCount, collect(id)[0..$idsPerEdge] AS statementIds
    }
    RETURN collect(e {.source, .target, .weight, .congruence, .conflict, .cooccurrence,
      topics: e.topics, statementCount: statementCount, statementIds: statementIds}) AS edges
  }
