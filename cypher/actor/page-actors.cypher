// Pages through actors (Query.actors) matching a filter, by name or by number of statements.
// Keyset pagination: rows sort by (k, name, id), k being 0 in name order and minus the number
// of statements made in STATEMENT_COUNT order; a page resumes strictly after $after.
// Parameters: $filter {type ('Person'|'Organization'|'Country'|'Group'), name (lower-case text),
//   topic, stance, article, anonymous} (values or null); $order ('NAME'|'STATEMENT_COUNT');
//   $after {k, name, id} or null; $limit (int: page size + 1).
// Returns: entity (map), k (int), name (string: the sort name), statementCount (int), in page order.
MATCH (e:Actor)
WHERE ($filter.type IS NULL OR e.type = $filter.type)
  AND ($filter.name IS NULL OR toLower(e.name) CONTAINS $filter.name
    OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $filter.name))
  AND ($filter.anonymous IS NULL OR coalesce(e.anonymous, false) = $filter.anonymous)
  AND ($filter.article IS NULL
    OR EXISTS { (:Article {id: $filter.article})-[:MENTIONS]->(e) }
    OR EXISTS { (e)-[:SAID]->(s:Statement) WHERE s.articleId = $filter.article })
  AND ($filter.topic IS NULL AND $filter.stance IS NULL OR EXISTS {
    MATCH (e)-[:SAID]->(:Statement)-[r:TAKES_STANCE]->(t:Topic)
    WHERE ($filter.topic IS NULL OR t.id = $filter.topic) AND ($filter.stance IS NULL OR r.stance = $filter.stance)
  })
WITH e, toLower(e.name) AS name, COUNT { (e)-[:SAID]->(:Statement) } AS statementCount
WITH e, name, statementCount, CASE $order WHEN 'STATEMENT_COUNT' THEN -statementCount ELSE 0 END AS k
WHERE $after IS NULL
  OR k > $after.k
  OR k = $after.k AND (name > $after.name OR name = $after.name AND e.id > $after.id)
RETURN e {.*, aliasText: null} AS entity, k, name, statementCount
ORDER BY k, name, e.id
LIMIT $limit
