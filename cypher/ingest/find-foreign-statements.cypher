// Finds the statement ids of a batch that already belong to another article: ids are global, so
// writing them again under a different article would steal those statements.
// USING INDEX SEEK: a seek by id whatever the statistics say (ingest/merge-statements says why).
// Parameters: $articles [{ articleId, ids [string] }].
// Returns: id, articleId (the owner), claimedBy (the batch's article); one row per conflict.
UNWIND $articles AS art
UNWIND art.ids AS id
MATCH (s:Statement {id: id}) USING INDEX SEEK s:Statement(id)
WHERE s.articleId <> art.articleId
RETURN s.id AS id, s.articleId AS articleId, art.articleId AS claimedBy
