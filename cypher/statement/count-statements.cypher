// Counts the statements matching a filter, per key: the exact totalCount of the lists paged by
// statement/page-statements (same keys, scope, anchor and filter semantics; see that file).
// Parameters: $keys [string]; $anchorIds [string]; $scope; $anchor; $filter; $textDe; $textEn
//   (as in statement/page-statements).
// Returns: key, total (int); one row per key.
CALL {
  WITH $textDe AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('statement_text_de', q) YIELD node
  RETURN node
  UNION
  WITH $textEn AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('statement_text_en', q) YIELD node
  RETURN node
}
WITH collect(node) AS hits
UNWIND range(0, size($keys) - 1) AS i
WITH hits, $keys[i] AS key, $anchorIds[i] AS anchorId
CALL {
  WITH hits, key, anchorId
  CALL {
    WITH hits
    WITH hits WHERE $anchor = 'text'
    UNWIND hits AS s
    RETURN s
    UNION
    WITH anchorId
    WITH anchorId WHERE $anchor = 'speaker'
    MATCH (:Entity:Actor {id: anchorId})-[:SAID]->(s:Statement)
    RETURN s
    UNION
    WITH anchorId
    WITH anchorId WHERE $anchor = 'about'
    MATCH (:Entity {id: anchorId})<-[:ABOUT]-(s:Statement)
    RETURN s
    UNION
    WITH anchorId
    WITH anchorId WHERE $anchor = 'reportedBy'
    MATCH (:Entity:Actor {id: anchorId})<-[:REPORTED_BY]-(s:Statement)
    RETURN s
    UNION
    WITH anchorId
    WITH anchorId WHERE $anchor = 'topic'
    MATCH (:Entity:Topic {id: anchorId})<-[:TAKES_STANCE]-(s:Statement)
    RETURN s
    UNION
    WITH anchorId
    WITH anchorId WHERE $anchor = 'event'
    MATCH (:Entity:Event {id: anchorId})<-[:AT_EVENT]-(s:Statement)
    RETURN s
    UNION
    WITH anchorId
    MATCH (s:Statement)
    WHERE s.articleId = CASE WHEN $anchor = 'article' THEN anchorId END AND s.start IS NOT NULL
    RETURN s
    UNION
    WITH anchorId
    MATCH (s:Statement)
    WHERE s.articleId >= CASE WHEN $anchor = 'all' THEN '' END AND s.start IS NOT NULL
    RETURN s
  }
  WITH hits, key, s
  // Each test is a CASE: the planner would otherwise multiply out the ORs (slow planning).
  // With the text anchor the rows are the hits: a membership test would cost a list scan per row.
  WHERE CASE WHEN $anchor = 'text' OR $textDe = '' AND $textEn = '' THEN true ELSE s IN hits END
    AND CASE $scope
      WHEN 'speaker' THEN key IN [(s)<-[:SAID]-(a) | a.id]
      WHEN 'about' THEN key IN [(s)-[:ABOUT]->(e) | e.id]
      WHEN 'article' THEN s.articleId = key
      WHEN 'event' THEN key IN [(s)-[:AT_EVENT]->(e) | e.id]
      ELSE true END
    AND CASE WHEN $filter.speaker IS NULL THEN true ELSE $filter.speaker IN [(s)<-[:SAID]-(a) | a.id] END
    AND CASE WHEN $filter.about IS NULL THEN true ELSE $filter.about IN [(s)-[:ABOUT]->(e) | e.id] END
    AND CASE WHEN $filter.reportedBy IS NULL THEN true ELSE $filter.reportedBy IN [(s)-[:REPORTED_BY]->(a) | a.id] END
    AND CASE WHEN $filter.event IS NULL THEN true ELSE $filter.event IN [(s)-[:AT_EVENT]->(e) | e.id] END
    AND CASE WHEN $filter.topic IS NULL AND $filter.stance IS NULL THEN true
      ELSE any(taken IN [(s)-[r:TAKES_STANCE]->(t) | {topic: t.id, stance: r.stance}]
        WHERE coalesce(taken.topic = $filter.topic, true) AND coalesce(taken.stance = $filter.stance, true)) END
    AND CASE WHEN $filter.mode IS NULL THEN true ELSE s.mode = $filter.mode END
    AND CASE WHEN $filter.attribution IS NULL THEN true ELSE s.attribution = $filter.attribution END
    AND CASE WHEN $filter.article IS NULL THEN true ELSE s.articleId = $filter.article END
    AND CASE WHEN $filter.from IS NULL THEN true ELSE s.date >= date($filter.from) END
    AND CASE WHEN $filter.to IS NULL THEN true ELSE s.date <= date($filter.to) END
  RETURN count(s) AS total
}
RETURN key, total
