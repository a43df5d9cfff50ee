// The actor network of each time window (Query.networkWindows), in one query: for every window
// the same computation as network/compute-actor-network, over the statements dated in it.
// @variants pairs: function, cypher
// Parameters: as network/compute-actor-network, plus $windows [{from, to}] (YYYY-MM-DD, both
//   inclusive, in order).
// Returns: one row per window, in order: from, to, actorCount, nodes, edgeCount, edges (the
//   fields of network/compute-actor-network, its edges as one list: windows are pages of the API,
//   at most maxEdges each, not files).
UNWIND $windows AS w
CALL {
  WITH w
  WITH date(w.from) AS windowFrom, date(w.to) AS windowTo
  // @include network/stance-rows
  // @include network/actor-cells
  // @include network/actor-network
  RETURN actorCount, nodes, edgeCount, edges
}
RETURN w.from AS from, w.to AS to, actorCount, nodes, edgeCount, edges
