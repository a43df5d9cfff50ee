// Aggregates each actor's stances per topic (Actor.positions, batched): one position per
// (topic, stance), so supporting and opposing statements on one topic give two positions.
// The actor comes once, each topic only with the fields a position's `topic` answers by
// itself, and each position with its count and the first $preview statement keys in reading
// order; the ids are only read when $withIds (a client selected `statementIds`). A position
// is a list, its keys three parallel lists, as in find-positions-by-topics.cypher.
// Parameters: $ids [string] (actor ids); $topic (topic id, or null for every topic);
//   $preview (int: statement keys per position); $withIds (boolean).
// Returns: id, actor (map on an actor's first row, else null), position ([topic id, topic name, topic
//   type, stance, statementCount (int), preview ids, preview articleIds, preview starts (the first
//   $preview keys in reading order, as three parallel lists), every statement id in reading order or
//   null without $withIds], or null for one with none); rows of one actor together.
UNWIND $ids AS id
MATCH (a:Entity:Actor {id: id})
CALL {
  WITH a
  MATCH (a)-[:SAID]->(s:Statement)-[r:TAKES_STANCE]->(t:Topic)
  WHERE $topic IS NULL OR t.id = $topic
  WITH t, r.stance AS stance, s.id AS sid, s.articleId AS articleId, s.start AS start
  ORDER BY articleId, start, sid
  WITH t, stance, collect(sid) AS sids, collect(articleId)[0..$preview] AS articles, collect(start)[0..$preview] AS starts
  RETURN collect([t.id, t.name, t.type, stance, size(sids), sids[0..$preview], articles, starts, CASE WHEN $withIds THEN sids END]) AS positions
}
// One row per position, the actor on the first only (and a row of its own when it has none):
// a popular actor's thousand positions in one record span several Bolt chunks, and the driver
// decodes such a record byte by byte; small records it decodes from one buffer.
UNWIND CASE WHEN size(positions) = 0 THEN [null] ELSE range(0, size(positions) - 1) END AS i
RETURN id, CASE WHEN i IS NULL OR i = 0 THEN a {.*, aliasText: null} END AS actor, positions[i] AS position
