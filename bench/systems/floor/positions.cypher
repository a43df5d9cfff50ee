// (e) Positions on a topic: one per actor and stance, with the statements taking it
// (contradictions shown, not hidden).
// Parameters: $topic (topic id).
// Returns: one row, answer [{ actor { id, name }, stance, statements [id] }].
MATCH (t:Entity:Topic {id: $topic})<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor)
WITH a, r.stance AS stance, s ORDER BY s.articleId, s.start
WITH a, stance, collect(s.id) AS ids
RETURN collect({actor: {id: a.id, name: a.name}, stance: stance, statements: ids}) AS answer
