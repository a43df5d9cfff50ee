// Finds the entities each article mentions (Article.mentions, batched), with the span when known,
// ordered by position (unplaced mentions last), then entity name.
// Parameters: $ids [string] (article ids).
// Returns: id, mentions [{articleId, entityId, entity (map), start, end, excerpt}]; one row per article.
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH id, a, m, e ORDER BY m.start, e.name, e.id
RETURN id, collect({articleId: a.id, entityId: e.id, entity: e {.*, aliasText: null}, start: m.start, end: m.end, excerpt: m.excerpt}) AS mentions
