// (e) Positions on a topic: one per actor and stance (contradictions shown, not hidden), with
// the number of statements taking it and the first $evidence of them in reading order.
// Parameters: $topic (topic id), $evidence (int).
// Returns: one row, answer [{ actor { id, name }, stance, statementCount, first [id] }].
MATCH (t:Entity:Topic {id: $topic})<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Actor)
WITH a, r.stance AS stance, s.id AS sid ORDER BY s.articleId, s.start, sid
WITH a, stance, collect(sid) AS ids
RETURN collect({actor: {id: a.id, name: a.name}, stance: stance, statementCount: size(ids), first: ids[0..$evidence]}) AS answer
