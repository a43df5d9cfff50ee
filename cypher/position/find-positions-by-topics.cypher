// Aggregates stances per actor on each topic (Topic.positions and Query.positions, batched): one
// position per (actor, stance), so an actor who both supports and opposes shows twice.
// Parameters: $ids [string] (topic ids).
// Returns: id, positions [{actor (map), topic (map), stance, statementIds [string] in reading order}];
//   one row per topic with positions.
UNWIND $ids AS id
MATCH (t:Entity:Topic {id: id})<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor)
WITH id, t, a, r.stance AS stance, s ORDER BY s.articleId, s.start, s.id
WITH id, t, a, stance, collect(s.id) AS statementIds
RETURN id, collect({actor: a {.*, aliasText: null}, topic: t {.*, aliasText: null}, stance: stance, statementIds: statementIds}) AS positions
