// Every attribute of the statements a filter picks, one row per statement, for the statements
// export (GET /export/statements.csv and .jsonl, npm run export), read as a stream in id order.
// The filter is that of the networks (network/stance-rows), except that a statement without a
// speaker or a stance passes when no actor or topic filter asks for one.
// Parameters: $filter (as network/compute-actor-network).
// Returns: id, article, articleTitle, publishedAt, publisher, speaker, speakerName, speakerType,
//   mode, attribution, provenance, date, reporters [string], events [string], about [string],
//   stances [{topic, stance}], start, end, excerpt, text, language, translation, mention,
//   mentionStart, cue, cueStart, confidence, extractor (null where a statement has none).
// Dates go out as the text YYYY-MM-DD, as the app writes every date, but made by Neo4j: the
// driver's date objects cost the export more time than any other column.
// @include network/statement-filter
WITH s, speaker, [(s)-[r:TAKES_STANCE]->(t:Entity:Topic) | {topic: t.id, stance: r.stance}] AS stances
WHERE $filter.topics IS NULL OR any(x IN stances WHERE x.topic IN $filter.topics)
WITH s, speaker, stances
ORDER BY s.id
OPTIONAL MATCH (s)-[:IN_ARTICLE]->(article:Article)
RETURN s.id AS id, s.articleId AS article, article.title AS articleTitle, toString(article.publishedAt) AS publishedAt,
  [(article)-[:PUBLISHED_BY]->(p:Entity) | p.id][0] AS publisher,
  speaker.id AS speaker, speaker.name AS speakerName, speaker.type AS speakerType,
  s.mode AS mode, s.attribution AS attribution, coalesce(s.provenance, 'CURATED') AS provenance, toString(s.date) AS date,
  [(s)-[:REPORTED_BY]->(x:Entity) | x.id] AS reporters, [(s)-[:AT_EVENT]->(x:Entity) | x.id] AS events,
  [(s)-[:ABOUT]->(x:Entity) | x.id] AS about, stances,
  s.start AS start, s.end AS end, s.excerpt AS excerpt, s.text AS text, s.language AS language, s.translation AS translation,
  s.mention AS mention, s.mentionStart AS mentionStart, s.cue AS cue, s.cueStart AS cueStart,
  s.confidence AS confidence, s.extractor AS extractor
