// The statement ids of positions, in reading order: `Position.statementIds` when the position
// query did not read them (a selection it could not see ahead of time).
// Parameters: $positions [{i (int), actor (actor id), topic (topic id), stance}].
// Returns: i, ids [string] in reading order; one row per position with statements.
UNWIND $positions AS p
MATCH (t:Entity:Topic {id: p.topic})<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor {id: p.actor})
WHERE r.stance = p.stance
WITH p, s ORDER BY s.articleId, s.start, s.id
RETURN p.i AS i, collect(s.id) AS ids
