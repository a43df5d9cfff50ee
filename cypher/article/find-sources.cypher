// Finds the outlet that published each article (Article.source, batched).
// Parameters: $ids [string] (article ids).
// Returns: id, entity (the organization's properties); one row per article with a known source.
UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(o:Entity)
RETURN id, o {.*, aliasText: null} AS entity
