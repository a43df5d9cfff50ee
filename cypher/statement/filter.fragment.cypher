  // (fragment statement/filter) Keeps the statements `s` of one key that are in the key's list
  // ($scope: the relation that ties a statement to its key) and pass every field of $filter and
  // the text search (`hits`). Each test is a CASE: the planner would otherwise multiply out the
  // ORs (slow planning). With the text anchor the rows are the hits: a membership test would cost
  // a list scan per row.
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
    AND CASE WHEN $filter.provenance IS NULL THEN true ELSE coalesce(s.provenance, 'CURATED') = $filter.provenance END
    AND CASE WHEN $filter.article IS NULL THEN true ELSE s.articleId = $filter.article END
    AND CASE WHEN $filter.from IS NULL THEN true ELSE s.date >= date($filter.from) END
    AND CASE WHEN $filter.to IS NULL THEN true ELSE s.date <= date($filter.to) END
