// Pages through actors (Query.actors) matching a filter, by name or by number of statements.
// Keyset pagination: rows sort by (countKey, nameKey, id): countKey is 0 in name order and minus
// the number of statements made in STATEMENT_COUNT order, nameKey the lower-cased name; a page
// resumes strictly after $after.
// Parameters: $filter {type ('Person'|'Organization'|'Country'|'Group'), name (lower-case text),
//   topic, stance, article, anonymous} (values or null); $order ('NAME'|'STATEMENT_COUNT');
//   $after {countKey, nameKey, id} or null; $limit (int: page size + 1).
// Returns: entity (map), countKey (int), nameKey (string), statementCount (int), in page order.
MATCH (e:Actor)
// @include actor/filter
WITH e, toLower(e.name) AS nameKey, COUNT { (e)-[:SAID]->(:Statement) } AS statementCount
WITH e, nameKey, statementCount, CASE $order WHEN 'STATEMENT_COUNT' THEN -statementCount ELSE 0 END AS countKey
WHERE $after IS NULL
  OR countKey > $after.countKey
  OR countKey = $after.countKey AND (nameKey > $after.nameKey OR nameKey = $after.nameKey AND e.id > $after.id)
RETURN e {.*, aliasText: null} AS entity, countKey, nameKey, statementCount
ORDER BY countKey, nameKey, e.id
LIMIT $limit
