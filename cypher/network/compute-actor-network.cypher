// The one-mode actor network of DNA (Query.actorNetwork, the network exports), in one query:
// fragments network/stance-rows, network/actor-cells and network/actor-network.
// @variants pairs: function, cypher
// Parameters: $filter {topics, actors, actorTypes, modes, attributions, provenances, articles
//   ([string] or null each), from, to (YYYY-MM-DD or null)}; $levels {stance: level}; $duplicates;
//   $dupUnit; $aggregation; $normalization; $minWeight (float); $maxNodes, $maxEdges (int);
//   $evidence (boolean); $kernel [[float]] (3x3); $idsPerEdge (int).
// Returns: one row: actorCount (int), nodes [{id, name, type, activity, support, neutral, oppose,
//   statementCount}], edgeCount (int), edges [{source, target, weight, congruence, conflict,
//   cooccurrence, topics, statementCount, statementIds}].
WITH date($filter.from) AS windowFrom, date($filter.to) AS windowTo
// @include network/stance-rows
// @include network/actor-cells
// @include network/actor-network
RETURN actorCount, nodes, edgeCount, edges
