// What an article's statements are before a publish replaces them, to record what changed: each
// statement's id and a fingerprint of what a reader sees of it.
// Parameters: $articleId (string).
// Returns: id, fingerprint (string); one row per statement.
MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: $articleId})
RETURN s.id AS id,
  s.text + '|' + s.mode + '|' + s.attribution + '|' + coalesce(s.provenance, 'CURATED') + '|' + toString(s.start) + '|' + toString(s.end)
    + '|' + coalesce([(s)<-[:SAID]-(x) | x.id][0], '') + '|' + coalesce([(s)-[:REPORTED_BY]->(x) | x.id][0], '')
    + '|' + reduce(a = '', x IN COLLECT { MATCH (s)-[:ABOUT]->(t) RETURN t.id ORDER BY t.id } | a + x + ',')
    + '|' + reduce(a = '', x IN COLLECT { MATCH (s)-[r:TAKES_STANCE]->(t) RETURN t.id + ':' + r.stance AS st ORDER BY st } | a + x + ',') AS fingerprint
