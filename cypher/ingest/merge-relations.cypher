// Records the relations an article states (head of state of, member of, manufacturer of...),
// one relationship per (from, type, to, article), carrying the article's id and evidence span.
// Relationship types cannot be parameters in Cypher 5, hence one FOREACH branch per type.
// Parameters: $articleId (string), $relations [{ type, from, to, start, end, excerpt, note }].
// Returns: count (int).
UNWIND $relations AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_STATE_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:HEAD_OF_STATE_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'HEAD_OF_GOVERNMENT_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:HEAD_OF_GOVERNMENT_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'SPOKESPERSON_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:SPOKESPERSON_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:MEMBER_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'ADVISER_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:ADVISER_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'MANUFACTURER_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:MANUFACTURER_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'ALLY_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:ALLY_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'OPPONENT_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:OPPONENT_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:PART_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (from)-[r:LOCATED_IN {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
FOREACH (_ IN CASE WHEN row.type = 'CITIZEN_OF' THEN [1] ELSE [] END |
  MERGE (from)-[r:CITIZEN_OF {articleId: $articleId}]->(to) SET r.start = row.start, r.end = row.end, r.excerpt = row.excerpt, r.note = row.note)
RETURN count(row) AS count
