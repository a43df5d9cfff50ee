// Finds the stances each statement takes (Statement.stances, batched), ordered by topic name.
// Parameters: $ids [string] (statement ids).
// Returns: id, stances [{stance, topic (map)}]; one row per statement that takes a stance.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:TAKES_STANCE]->(t:Topic)
WITH id, r, t ORDER BY t.name, t.id
RETURN id, collect({stance: r.stance, topic: t {.*, aliasText: null}}) AS stances
