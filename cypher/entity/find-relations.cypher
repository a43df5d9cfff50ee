// Finds the relations articles state between each entity and others (Entity.relations and
// Person.affiliations, batched): outgoing, incoming or both, optionally of given types.
// Parameters: $ids [string] (entity ids); $types [string] (relation types to keep);
//   $direction ('OUTGOING'|'INCOMING'|'BOTH').
// Returns: id, relations [{type, fromId, toId, other (map: the entity at the other end), articleId,
//   start, end, excerpt, note}] ordered by type, then the other entity's name; one row per entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL {
  WITH e
  MATCH (e)-[r]->(o:Entity)
  WHERE $direction <> 'INCOMING' AND type(r) IN $types
  RETURN r, o
  UNION
  WITH e
  MATCH (e)<-[r]-(o:Entity)
  WHERE $direction <> 'OUTGOING' AND type(r) IN $types
  RETURN r, o
}
WITH id, r, o ORDER BY type(r), o.name, o.id, r.articleId
RETURN id, collect({
  type: type(r), fromId: startNode(r).id, toId: endNode(r).id, other: o {.*, aliasText: null},
  articleId: r.articleId, start: r.start, end: r.end, excerpt: r.excerpt, note: r.note
}) AS relations
