// What an article's statements are before a publish replaces them, to record what changed: what a
// reader sees of each (the caller compares them with what the publish writes).
// Parameters: $articleId (string).
// Returns: id, text, mode, attribution, provenance, start, end, speaker, reportedBy, about [ids],
//   stances ["topic:stance"]; one row per statement.
MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: $articleId})
RETURN s.id AS id, s.text AS text, s.mode AS mode, s.attribution AS attribution, coalesce(s.provenance, 'CURATED') AS provenance,
  s.start AS start, s.end AS end,
  [(s)<-[:SAID]-(x) | x.id][0] AS speaker, [(s)-[:REPORTED_BY]->(x) | x.id][0] AS reportedBy,
  [(s)-[:ABOUT]->(t) | t.id] AS about, [(s)-[r:TAKES_STANCE]->(t) | t.id + ':' + r.stance] AS stances
