// Aggregates each actor's stances per topic (Actor.positions, batched): one position per
// (topic, stance), so supporting and opposing statements on one topic give two positions.
// Parameters: $ids [string] (actor ids); $topic (topic id, or null for every topic).
// Returns: id, positions [{actor (map), topic (map), stance, statementIds [string] in reading order}];
//   one row per actor with positions.
UNWIND $ids AS id
MATCH (a:Entity:Actor {id: id})-[:SAID]->(s:Statement)-[r:TAKES_STANCE]->(t:Topic)
WHERE $topic IS NULL OR t.id = $topic
WITH id, t, a, r.stance AS stance, s ORDER BY s.articleId, s.start, s.id
WITH id, t, a, stance, collect(s.id) AS statementIds
RETURN id, collect({actor: a {.*, aliasText: null}, topic: t {.*, aliasText: null}, stance: stance, statementIds: statementIds}) AS positions
