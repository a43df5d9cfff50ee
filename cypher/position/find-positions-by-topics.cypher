// Aggregates stances per actor on each topic (Topic.positions and Query.positions, batched): one
// position per (actor, stance), so an actor who both supports and opposes shows twice.
// The topic comes once per row, each actor only with the fields a position's `actor` answers by
// itself, and each position with its count and the first $preview statement keys in reading
// order: a popular topic has tens of thousands of statements, and their ids are only read when
// $withIds (a client selected `statementIds`).
// Parameters: $ids [string] (topic ids); $preview (int: statement keys per position);
//   $withIds (boolean).
// Returns: id, topic (map), positions [{actor {id, name, type}, stance, statementCount (int),
//   preview [{id, articleId, start}] in reading order, statementIds [string] in reading order, or
//   null without $withIds}]; one row per known topic.
UNWIND $ids AS id
MATCH (t:Entity:Topic {id: id})
CALL {
  WITH t
  MATCH (t)<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor)
  WITH a, r.stance AS stance, s.id AS sid, s.articleId AS articleId, s.start AS start
  ORDER BY articleId, start, sid
  WITH a, stance, collect({id: sid, articleId: articleId, start: start}) AS keys
  RETURN collect({
    actor: a {.id, .name, .type},
    stance: stance,
    statementCount: size(keys),
    preview: keys[0..$preview],
    statementIds: CASE WHEN $withIds THEN [k IN keys | k.id] END
  }) AS positions
}
RETURN id, t {.*, aliasText: null} AS topic, positions
