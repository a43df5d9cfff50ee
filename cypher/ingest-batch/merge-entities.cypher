// Batched form of the entity half of ingest/merge-entities: creates or updates the entities the
// batch names, once each. The caller folds an entity's rows in article order (later articles
// win, as with one article at a time), so `props` is what successive `SET e += props` would leave.
// Labels follow the type: :Entity plus its type label; persons, organizations, countries, groups are :Actor.
// Parameters: $entities [{ id, type, props (map), date (YYYY-MM-DD or null) }].
// Returns: count (int).
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e += row.props,
    e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN row.type = 'Topic' THEN [1] ELSE [] END | SET e:Topic)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
RETURN count(e) AS count
