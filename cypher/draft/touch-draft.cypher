// Records that an editor has a draft open, now: its presence list holds one "name|time" entry per
// editor, and the caller drops the entries older than a minute. Two editors touching at the same
// instant may lose one entry until the next touch, a few seconds later; presence is a hint.
// Parameters: $id, $name (the key's name), $keep [string] (the entries still fresh, others').
// Returns: presence [string], or no row when there is no open draft with this id.
MATCH (d:Draft {id: $id})
WHERE d.status = 'OPEN'
SET d.presence = $keep + [$name + '|' + toString(datetime())]
RETURN d.presence AS presence
