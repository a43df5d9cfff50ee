// Aggregates stances per actor on each topic (Topic.positions and Query.positions, batched): one
// position per (actor, stance), so an actor who both supports and opposes shows twice.
// The topic comes once, each actor only with the fields a position's `actor` answers by
// itself, and each position with its count and the first $preview statement keys in reading
// order: a popular topic has tens of thousands of statements, and their ids are only read when
// $withIds (a client selected `statementIds`). A position is a list, its keys three parallel
// lists: no map is built per statement in Neo4j or decoded per position in the driver. At 100k
// statements that took the positions question from 67 to 33-42 ms of server CPU per request,
// and from 62 to 40-59 ms of Neo4j CPU (BENCHMARKS.md, over six runs).
// Parameters: $ids [string] (topic ids); $preview (int: statement keys per position);
//   $withIds (boolean).
// Returns: id, topic (map on a topic's first row, else null), position ([actor id, actor name, actor
//   type, stance, statementCount (int), preview ids, preview articleIds, preview starts (the first
//   $preview keys in reading order, as three parallel lists), every statement id in reading order or
//   null without $withIds], or null for one with none); rows of one topic together.
UNWIND $ids AS id
MATCH (t:Entity:Topic {id: id})
CALL {
  WITH t
  MATCH (t)<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor)
  WITH a, r.stance AS stance, s.id AS sid, s.articleId AS articleId, s.start AS start
  ORDER BY articleId, start, sid
  WITH a, stance, collect(sid) AS sids, collect(articleId)[0..$preview] AS articles, collect(start)[0..$preview] AS starts
  RETURN collect([a.id, a.name, a.type, stance, size(sids), sids[0..$preview], articles, starts, CASE WHEN $withIds THEN sids END]) AS positions
}
// One row per position, the topic on the first only (and a row of its own when it has none):
// a popular topic's thousand positions in one record span several Bolt chunks, and the driver
// decodes such a record byte by byte; small records it decodes from one buffer.
UNWIND CASE WHEN size(positions) = 0 THEN [null] ELSE range(0, size(positions) - 1) END AS i
RETURN id, CASE WHEN i IS NULL OR i = 0 THEN t {.*, aliasText: null} END AS topic, positions[i] AS position
