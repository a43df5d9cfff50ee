// The `relation` statement list strategy (src/graph/statement/list/): lists that one relation to
// one entity decides alone, in reading order: Actor.statements, Entity.statementsAbout and Event.statements without
// a filter, and Query.statements filtered by nothing but speaker, about, reportedBy or event.
// The total is the anchor's degree (constant time for dense nodes), read in the same query: only
// statements carry SAID, ABOUT, REPORTED_BY and AT_EVENT, and ingestion MERGEs them, so the
// degree is the number of statements in the list. The page is found one of two ways, whichever
// reads less:
// - a dense anchor (in the benchmark's corpus, a third of all statements are about the most-named
//   entity) walks the
//   (articleId, start) index from the cursor in reading order and keeps the statements tied to
//   it: a page takes about $limit * statements / total steps, and stops there. The walk is cut
//   after $walkWindow statements; a page it did not fill is found by the second way.
// - otherwise the anchor's relationships are expanded and the statements after the cursor go
//   through a Top-K of $limit rows: `total` rows, no general filter, no sort keys to compute.
// Walking is chosen when its expected steps are at most 1/$walkRatio of the expansion's:
// total * total >= $walkRatio * $limit * statements. Every statement has an articleId and a
// start (ingestion requires an evidence span), so both ways see the same statements.
// An unknown anchor, or one of the wrong kind (a speaker that is no actor), gives no rows and 0.
// Parameters: $keys [string]; $anchorIds [string] (aligned with $keys: the entity of each list);
//   $relation ('speaker'|'about'|'reportedBy'|'event');
//   $after {none (true for the first page), articleId, start, id} (the keyset cursor);
//   $limit (int: page size + 1, the extra row telling that more follow);
//   $walkRatio (number), $walkWindow (int): when to walk the index, and how far at most.
// Returns: key, rows [{statement (map), speakers [map], dateKey (0), speakerKey ('')}] in page order, total (int); one row per key.
UNWIND range(0, size($keys) - 1) AS i
WITH $keys[i] AS key, $anchorIds[i] AS anchorId
OPTIONAL MATCH (x:Entity {id: anchorId})
// The labels the general query's anchors require (speakers and reporters are actors).
WITH key, CASE WHEN $relation IN ['speaker', 'reportedBy'] AND NOT x:Actor OR $relation = 'event' AND NOT x:Event THEN null ELSE x END AS x
WITH key, x, CASE
  WHEN x IS NULL THEN 0
  WHEN $relation = 'speaker' THEN COUNT { (x)-[:SAID]->() }
  WHEN $relation = 'about' THEN COUNT { (x)<-[:ABOUT]-() }
  WHEN $relation = 'reportedBy' THEN COUNT { (x)<-[:REPORTED_BY]-() }
  ELSE COUNT { (x)<-[:AT_EVENT]-() } END AS total
WITH key, x, total, total > 0 AND total * total >= $walkRatio * $limit * COUNT { (:Statement) } AS dense
CALL {
  WITH x, dense
  // Seeks null (reads nothing) unless dense: a plain WHERE dense would be tested per index row.
  MATCH (s:Statement)
  WHERE s.articleId >= CASE WHEN dense THEN $after.articleId END AND s.start IS NOT NULL AND
    // @include statement/after-in-reading-order
  WITH x, s ORDER BY s.articleId, s.start, s.id
  LIMIT $walkWindow
  WITH s WHERE CASE $relation
    WHEN 'speaker' THEN EXISTS { (x)-[:SAID]->(s) }
    WHEN 'about' THEN EXISTS { (s)-[:ABOUT]->(x) }
    WHEN 'reportedBy' THEN EXISTS { (s)-[:REPORTED_BY]->(x) }
    ELSE EXISTS { (s)-[:AT_EVENT]->(x) } END
  WITH s LIMIT $limit
  RETURN collect(s) AS walked
}
CALL {
  WITH x, walked
  WITH x WHERE size(walked) < $limit
  CALL {
    WITH x
    WITH x WHERE $relation = 'speaker'
    MATCH (x)-[:SAID]->(s)
    RETURN s
    UNION ALL
    WITH x
    WITH x WHERE $relation = 'about'
    MATCH (x)<-[:ABOUT]-(s)
    RETURN s
    UNION ALL
    WITH x
    WITH x WHERE $relation = 'reportedBy'
    MATCH (x)<-[:REPORTED_BY]-(s)
    RETURN s
    UNION ALL
    WITH x
    WITH x WHERE $relation = 'event'
    MATCH (x)<-[:AT_EVENT]-(s)
    RETURN s
  }
  // The reading-order part of statement/page-statements' keyset test (the date and speaker keys are 0 and '').
  WITH s WHERE
    // @include statement/after-in-reading-order
  WITH s ORDER BY s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect(s) AS expanded
}
RETURN key, [s IN CASE WHEN size(walked) = $limit THEN walked ELSE expanded END | {
  // @include statement/page-row
  dateKey: 0,
  speakerKey: ''
}] AS rows, total
