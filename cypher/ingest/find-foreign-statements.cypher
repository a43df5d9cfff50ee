// Finds statement ids that already belong to another article: ids are global, so ingesting
// them again under a different article would steal those statements.
// Parameters: $articleId (string), $ids [string].
// Returns: id, articleId, one row per conflict.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
WHERE s.articleId <> $articleId
RETURN s.id AS id, s.articleId AS articleId
