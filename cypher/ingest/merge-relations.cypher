// Records the relations a batch's articles state, one relationship per (from, type, to, article),
// carrying the article's id and evidence span. `type` is one of the vocabulary's stated relation
// types (the validator checks it), used as the relationship type itself.
// CREATE, not MERGE: ingest/delete-article-content has just removed the article's relations and
// the caller passes each (article, type, from, to) once, with the evidence of its last occurrence
// (what MERGE then SET would leave); MERGE would scan every relation of that type between two
// popular entities. A null property is not stored, as with SET.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $relations [{ articleId, type, from, to, start, end, excerpt, note }].
// Returns: count (int).
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
USING INDEX SEEK from:Entity(id) USING INDEX SEEK to:Entity(id)
CREATE (from)-[:$(row.type) {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to)
RETURN count(row) AS count
