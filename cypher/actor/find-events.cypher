// Finds the events each actor took part in (Actor.events, batched), by date (undated last), then name.
// Parameters: $ids [string] (actor ids).
// Returns: id, entities [map]; one row per actor with events.
UNWIND $ids AS id
MATCH (:Entity:Actor {id: id})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT id, e ORDER BY e.date, e.name, e.id
RETURN id, collect(e {.*, aliasText: null}) AS entities
