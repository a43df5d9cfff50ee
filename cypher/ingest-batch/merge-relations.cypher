// Batched form of ingest/merge-relations: the relations the batch's articles state, one
// relationship per (from, type, to, article), carrying the article's id and evidence span.
// Relationship types cannot be parameters in Cypher 5, hence one FOREACH branch per type.
// CREATE where ingest/ uses MERGE: delete-article-content has just removed the article's
// relations and the caller passes each (article, type, from, to) once, with the evidence of its
// last occurrence (what MERGE then SET would leave); MERGE would scan every relation of that
// type between two popular entities.
// Parameters: $relations [{ articleId, type, from, to, start, end, excerpt, note }].
// Returns: count (int).
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_STATE_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:HEAD_OF_STATE_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_GOVERNMENT_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:HEAD_OF_GOVERNMENT_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'SPOKESPERSON_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:SPOKESPERSON_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:MEMBER_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'ADVISER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:ADVISER_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'MANUFACTURER_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:MANUFACTURER_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'ALLY_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:ALLY_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'OPPONENT_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:OPPONENT_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:PART_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  CREATE (from)-[r:LOCATED_IN {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'CITIZEN_OF' THEN [1] ELSE [] END |
  CREATE (from)-[r:CITIZEN_OF {articleId: row.articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
RETURN count(row) AS count
