// Finds the articles that mention each entity (Entity.mentions, batched), with the span when known.
// Parameters: $ids [string] (entity ids).
// Returns: id, mentions [{articleId, entityId, start, end, excerpt}] ordered by article id; one row
//   per entity that is mentioned.
UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[m:MENTIONS]-(a:Article)
WITH id, e, m, a ORDER BY a.id
RETURN id, collect({articleId: a.id, entityId: e.id, start: m.start, end: m.end, excerpt: m.excerpt}) AS mentions
