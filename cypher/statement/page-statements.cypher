// Pages through the statements matching a filter: Query.statements, and, batched over many
// parents in one query, Actor.statements, Entity.statementsAbout, Article.statements and
// Event.statements. Each key is one parent id ('' at the root); $scope says which relation
// ties a statement to its key. The search starts from $anchor (the caller picks the most
// selective one; anchorIds give its id per key). Every filter is still checked on each row,
// so the anchor changes speed, never results. The index-seek branches key on
// CASE WHEN $anchor = ... THEN id END: when not chosen they seek null and read nothing (a plain
// WHERE $anchor = ... would be checked only after a full label scan). Keyset pagination: rows sort by
// (k, name, articleId, start, id): k is 0 in reading order and the date as yyyymmdd (negated
// for newest first; undated last) in date orders; name is the speaker's lower-cased name in
// speaker orders (descending for SPEAKER_DESC), '' otherwise. A page resumes strictly after $after.
// Parameters are never null, so that Neo4j plans each file once (its plan cache is keyed by
// parameter types): '' stands for none.
// Parameters: $keys [string]; $anchorIds [string] (aligned with $keys);
//   $scope ('speaker'|'about'|'article'|'event'|'');
//   $anchor ('text'|'speaker'|'about'|'reportedBy'|'topic'|'event'|'article'|'all');
//   $filter {speaker, about, topic, stance, mode, attribution, reportedBy, article, event, from, to}
//   (values or null); $textDe, $textEn (Lucene queries, or '' for no text filter);
//   $order ('READING_ORDER'|'DATE_ASC'|'DATE_DESC'|'SPEAKER_ASC'|'SPEAKER_DESC');
//   $after {none (true for the first page), k, name, articleId, start, id};
//   $limit (int: page size + 1, the extra row telling that more follow).
// Returns: key, rows [{statement (map), speakers [map] (its speaker, see below), k (int), name (string)}] in page order; one row per key.
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
  WITH s, s.date.year * 10000 + s.date.month * 100 + s.date.day AS ymd
  WITH s,
    CASE $order WHEN 'DATE_ASC' THEN coalesce(ymd, 99999999) WHEN 'DATE_DESC' THEN -coalesce(ymd, 0) ELSE 0 END AS k,
    CASE WHEN $order IN ['SPEAKER_ASC', 'SPEAKER_DESC']
      THEN coalesce(COLLECT { MATCH (s)<-[:SAID]-(a:Actor) RETURN toLower(a.name) AS n ORDER BY n }[0], '')
      ELSE '' END AS name
  WHERE CASE
    WHEN $after.none THEN true
    WHEN k <> $after.k THEN k > $after.k
    WHEN name <> $after.name THEN CASE WHEN $order = 'SPEAKER_DESC' THEN name < $after.name ELSE name > $after.name END
    WHEN s.articleId <> $after.articleId THEN s.articleId > $after.articleId
    WHEN s.start <> $after.start THEN s.start > $after.start
    ELSE s.id > $after.id END
  WITH s, k, name
  ORDER BY k, CASE WHEN $order = 'SPEAKER_DESC' THEN name END DESC, name, s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect({
    statement: s {.id, .text, .language, .translation, .mode, .attribution, .start, .end, .excerpt, .articleId, .date, .notes},
    // The speaker as statement/find-speakers returns it, read for the page rows only: the caller
    // primes the Statement.speaker loader with it, saving that query a round trip.
    speakers: [(s)<-[:SAID]-(a:Actor) | a {.*, aliasText: null}],
    k: k,
    name: name
  }) AS rows
}
RETURN key, rows
