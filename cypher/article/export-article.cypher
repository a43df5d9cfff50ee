// Everything one article contributed to the graph, to write it back as an annotation file
// (npm run export-annotations, and reopening a published article for review): the article, the
// entities it mentions with their properties and mention spans, the relations, facts and
// participations it states, and its statements with everything that hangs off them.
// Lists are sorted, so that exporting the same graph always gives the same file.
// Parameters: $articleId (string).
// Returns: article (map), source (id or null), entities [{entity (map), mention {start, end,
//   excerpt} or null}], relations [{type, from, to, start, end, excerpt, note}], facts [map],
//   participants [{event, actor}], statements [{statement (map), speaker, reportedBy, event,
//   about [ids], stances [{topic, stance}]}]; no row when the article does not exist.
MATCH (a:Article {id: $articleId})
CALL {
  WITH a
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(source:Entity)
  RETURN source.id AS source
}
CALL {
  WITH a
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH e, m ORDER BY e.id
  RETURN collect({entity: e {.*, aliasText: null, isActor: null}, mention: CASE WHEN m.excerpt IS NULL THEN null ELSE m {.start, .end, .excerpt} END}) AS entities
}
CALL {
  WITH a
  MATCH (a)-[:MENTIONS]->(e:Entity)-[r:{{statedRelationTypes}}]->(to:Entity)
  WHERE r.articleId = a.id AND r.excerpt IS NOT NULL
  WITH r, e, to ORDER BY r.start, type(r), e.id, to.id
  RETURN collect({type: type(r), from: e.id, to: to.id, start: r.start, end: r.end, excerpt: r.excerpt, note: r.note}) AS relations
}
CALL {
  WITH a
  MATCH (e:Entity)-[:HAS_FACT]->(f:Fact)-[:STATED_IN]->(a)
  WITH f, e ORDER BY e.id, f.start, f.attribute
  RETURN collect(f {.*, entityId: e.id}) AS facts
}
CALL {
  WITH a
  MATCH (a)-[:MENTIONS]->(event:Event)<-[p:PARTICIPATED_IN]-(actor:Entity)
  WHERE p.articleId = a.id
  WITH event, actor ORDER BY event.id, actor.id
  RETURN collect({event: event.id, actor: actor.id}) AS participants
}
CALL {
  WITH a
  MATCH (s:Statement)-[:IN_ARTICLE]->(a)
  WITH s ORDER BY s.start, s.id
  RETURN collect({
    statement: s {.*, textDe: null, textEn: null},
    speaker: [(s)<-[:SAID]-(x:Entity) | x.id][0],
    reportedBy: [(s)-[:REPORTED_BY]->(x:Entity) | x.id][0],
    event: [(s)-[:AT_EVENT]->(x:Entity) | x.id][0],
    about: COLLECT { MATCH (s)-[:ABOUT]->(x:Entity) RETURN x.id ORDER BY x.id },
    stances: COLLECT { MATCH (s)-[r:TAKES_STANCE]->(t:Entity) RETURN {topic: t.id, stance: r.stance} AS st ORDER BY t.id }
  }) AS statements
}
RETURN a {.*} AS article, source, entities, relations, facts, participants, statements
