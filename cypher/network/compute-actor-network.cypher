// The one-mode actor network of DNA (Query.actorNetwork, the network exports), in one query:
// fragments network/stance-rows, network/actor-cells and network/actor-network.
// @variants pairs: function, cypher
// Parameters: $filter {topics, actors, actorTypes, modes, attributions, provenances, articles
//   ([string] or null each), from, to (YYYY-MM-DD or null)}; $levels {stance: level}; $duplicates;
//   $dupUnit; $aggregation; $normalization; $minWeight (float); $maxNodes, $maxEdges (int);
//   $evidence (boolean); $kernel [[float]] (3x3); $idsPerEdge (int); $maxListedIds (int: most ids
//   listed over all edges, see network/actor-edges-function).
// Returns: one row per edge in order, heaviest first (one row with edge null when there is
//   none): edge {source, target, weight, congruence, conflict, cooccurrence, topics,
//   statementCount, statementIds}; the first row also has actorCount (int), nodes [{id, name,
//   type, activity, support, neutral, oppose, statementCount}] and edgeCount (int), the others null.
WITH date($filter.from) AS windowFrom, date($filter.to) AS windowTo
// @include network/stance-rows
// @include network/actor-cells
// @include network/actor-network
// One edge per row, the rest on the first: a single row holding a whole exported network (100k
// statements: 125k edges) takes the JavaScript driver tens of seconds to decode, small rows do not.
UNWIND CASE WHEN size(edges) = 0 THEN [null] ELSE range(0, size(edges) - 1) END AS i
RETURN CASE WHEN coalesce(i, 0) = 0 THEN actorCount END AS actorCount, CASE WHEN coalesce(i, 0) = 0 THEN nodes END AS nodes,
  CASE WHEN coalesce(i, 0) = 0 THEN edgeCount END AS edgeCount, edges[i] AS edge
