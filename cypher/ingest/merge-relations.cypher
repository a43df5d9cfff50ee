// Batched form of ingest/merge-relations: the relations the batch's articles state, one
// relationship per (from, type, to, article), carrying the article's id and evidence span.
// Relationship types cannot be parameters in Cypher 5, hence one FOREACH branch per type.
// CREATE where ingest/ uses MERGE: delete-article-content has just removed the article's
// relations and the caller passes each (article, type, from, to) once, with the evidence of its
// last occurrence (what MERGE then SET would leave); MERGE would scan every relation of that
// type between two popular entities. The properties go in the CREATE (a null one is not stored,
// as with SET): a SET after it would make the planner buffer every row between the branches.
// Parameters: $relations [{ articleId, type, from, to, start, end, excerpt, note }].
// Returns: count (int).
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_STATE_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:HEAD_OF_STATE_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_GOVERNMENT_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:HEAD_OF_GOVERNMENT_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'SPOKESPERSON_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:SPOKESPERSON_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:MEMBER_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'ADVISER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:ADVISER_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'MANUFACTURER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:MANUFACTURER_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'ALLY_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:ALLY_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'OPPONENT_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:OPPONENT_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:PART_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  CREATE (from)-[:LOCATED_IN {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
FOREACH (_ IN CASE WHEN row.type = 'CITIZEN_OF' THEN [1] ELSE [] END |
  CREATE (from)-[:CITIZEN_OF {articleId: row.articleId, start: row.start, end: row.end, excerpt: row.excerpt, note: row.note}]->(to))
RETURN count(row) AS count
