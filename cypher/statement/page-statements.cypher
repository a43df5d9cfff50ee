// Pages through the statements matching a filter: the `general` statement list strategy
// (src/graph/statement/list/): Query.statements, and, batched over many parents in one query,
// Actor.statements, Entity.statementsAbout, Article.statements and Event.statements. Each key is
// one parent id ('' at the root); $scope says which relation ties a statement to its key. The
// search starts from $anchor (the caller picks the most selective one; anchorIds give its id per
// key). Every filter is still checked on each row, so the anchor changes speed, never results.
// Keyset pagination: rows sort by (dateKey, speakerKey, articleId, start, id): dateKey is 0 in
// reading order and the date as yyyymmdd (negated for newest first; undated last) in date orders;
// speakerKey is the speaker's lower-cased name in speaker orders (descending for SPEAKER_DESC), ''
// otherwise. A page resumes strictly after $after.
// Parameters are never null, so that Neo4j plans each file once (its plan cache is keyed by
// parameter types): '' stands for none.
// Parameters: $keys [string]; $anchorIds [string] (aligned with $keys);
//   $scope ('speaker'|'about'|'article'|'event'|'');
//   $anchor ('text'|'speaker'|'about'|'reportedBy'|'topic'|'event'|'article'|'all');
//   $filter {speaker, about, topic, stance, mode, attribution, provenance, reportedBy, article, event, from, to}
//   (values or null); $textDe, $textEn (Lucene queries, or '' for no text filter);
//   $order ('READING_ORDER'|'DATE_ASC'|'DATE_DESC'|'SPEAKER_ASC'|'SPEAKER_DESC');
//   $after {none (true for the first page), dateKey, speakerKey, articleId, start, id};
//   $limit (int: page size + 1, the extra row telling that more follow).
// Returns: key, rows [{statement (map), speakers [map], dateKey (int), speakerKey (string)}] in page order; one row per key.
// @include statement/full-text-hits
UNWIND range(0, size($keys) - 1) AS i
WITH hits, $keys[i] AS key, $anchorIds[i] AS anchorId
CALL {
  WITH hits, key, anchorId
  // @include statement/anchored-statements
  WITH hits, key, s
  // @include statement/filter
  WITH s, s.date.year * 10000 + s.date.month * 100 + s.date.day AS ymd
  WITH s,
    CASE $order WHEN 'DATE_ASC' THEN coalesce(ymd, 99999999) WHEN 'DATE_DESC' THEN -coalesce(ymd, 0) ELSE 0 END AS dateKey,
    CASE WHEN $order IN ['SPEAKER_ASC', 'SPEAKER_DESC']
      THEN coalesce(COLLECT { MATCH (s)<-[:SAID]-(a:Actor) RETURN toLower(a.name) AS n ORDER BY n }[0], '')
      ELSE '' END AS speakerKey
  WHERE CASE
    WHEN $after.none THEN true
    WHEN dateKey <> $after.dateKey THEN dateKey > $after.dateKey
    WHEN speakerKey <> $after.speakerKey THEN CASE WHEN $order = 'SPEAKER_DESC' THEN speakerKey < $after.speakerKey ELSE speakerKey > $after.speakerKey END
    WHEN s.articleId <> $after.articleId THEN s.articleId > $after.articleId
    WHEN s.start <> $after.start THEN s.start > $after.start
    ELSE s.id > $after.id END
  WITH s, dateKey, speakerKey
  ORDER BY dateKey, CASE WHEN $order = 'SPEAKER_DESC' THEN speakerKey END DESC, speakerKey, s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect({
    // @include statement/page-row
    dateKey: dateKey,
    speakerKey: speakerKey
  }) AS rows
}
RETURN key, rows
