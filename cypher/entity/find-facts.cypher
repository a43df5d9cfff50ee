// Finds the facts articles state about each entity (Entity.facts, batched), with their evidence.
// Parameters: $ids [string] (entity ids).
// Returns: id, facts [{attribute, value, unit, articleId, start, end, excerpt}] ordered by
//   attribute, then position in the article; one row per entity that has facts.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:HAS_FACT]->(f:Fact)
WITH id, f ORDER BY f.attribute, f.articleId, f.start
RETURN id, collect(f {.attribute, .value, .unit, .articleId, .start, .end, .excerpt}) AS facts
