// Batched form of the entity half of ingest/merge-entities: creates or updates the entities the
// batch names, once each. The caller folds an entity's rows in article order (later articles
// win, as with one article at a time), so `props` is what successive `SET e += props` would leave.
// Labels follow the type: :Entity plus its type label; persons, organizations, countries, groups are :Actor.
// An entity that already holds exactly these values is not written: a write locks the node until
// commit, and nearly every batch names the popular entities, so concurrent batches would wait on
// each other for their whole length although nothing changes. The caller sorts the rows by id, so
// that two batches creating the same new entities take their locks in the same order (no deadlock).
// Parameters: $entities [{ id, type, props (map), date (YYYY-MM-DD or null) }], sorted by id.
// Returns: count (int), the entities written.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
WITH e, row, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END AS date
// Equal means both absent or both present and equal (coalesce: `x = null` is null, not false).
WHERE NOT ((e.date IS NULL AND date IS NULL) OR coalesce(e.date = date, false))
   OR any(k IN keys(row.props) WHERE NOT ((e[k] IS NULL AND row.props[k] IS NULL) OR coalesce(e[k] = row.props[k], false)))
SET e += row.props,
    e.date = date
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN row.type = 'Topic' THEN [1] ELSE [] END | SET e:Topic)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
RETURN count(e) AS count
