  // (fragment network/actor-edges-cypher) The edges of network/actor-network in plain Cypher,
  // for a Neo4j without stancegraph.network.actorPairs: per topic, one row per pair of the kept
  // actors that spoke on it, summed per pair. Seconds for hundreds of actors, since Community's
  // runtime interprets every row. Returns the variables edgeCount and edges.
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
