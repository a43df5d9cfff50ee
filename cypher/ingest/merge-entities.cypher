// Creates or updates the entities a batch names, once each. The caller folds an entity's rows in
// article order (later articles win), so `props` is what successive `SET e += props` would leave.
// Labels: :Entity plus `labels` (its type, and :Actor for persons, organizations, countries and
// groups; the caller takes them from the vocabulary).
// An entity that already holds exactly these values is not written: a write locks the node until
// commit, and nearly every batch names the popular entities, so concurrent batches would wait on
// each other for their whole length although nothing changes. The caller sorts the rows by id, so
// that two batches creating the same new entities take their locks in the same order (no deadlock).
// Parameters: $entities [{ id, labels [string], props (map), date (YYYY-MM-DD or null) }], sorted by id.
// Returns: count (int), the entities written.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
WITH e, row, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END AS date
// Equal means both absent or both present and equal (coalesce: `x = null` is null, not false).
WHERE NOT ((e.date IS NULL AND date IS NULL) OR coalesce(e.date = date, false))
   OR any(k IN keys(row.props) WHERE NOT ((e[k] IS NULL AND row.props[k] IS NULL) OR coalesce(e[k] = row.props[k], false)))
SET e += row.props,
    e.date = date,
    e:$(row.labels)
RETURN count(e) AS count
