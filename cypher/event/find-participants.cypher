// Finds the actors that took part in each event (Event.participants, batched), ordered by name.
// Parameters: $ids [string] (event ids).
// Returns: id, entities [map]; one row per event with participants.
UNWIND $ids AS id
MATCH (:Entity:Event {id: id})<-[:PARTICIPATED_IN]-(a:Actor)
WITH DISTINCT id, a ORDER BY a.name, a.id
RETURN id, collect(a {.*, aliasText: null}) AS entities
