// Finds the manufacturer of each weapon (Weapon.manufacturer, batched).
// Parameters: $ids [string] (weapon ids).
// Returns: id, entity (the organization's properties); one row per weapon with a manufacturer
//   (the first by name if articles state several).
UNWIND $ids AS id
MATCH (:Entity:Weapon {id: id})<-[:MANUFACTURER_OF]-(o:Organization)
WITH id, o ORDER BY o.name, o.id
WITH id, collect(o)[0] AS o
RETURN id, o {.*, aliasText: null} AS entity
