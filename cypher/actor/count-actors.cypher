// Counts the actors matching a filter: the exact totalCount of actor/page-actors (same filter).
// Parameters: $filter {type, name, topic, stance, article, anonymous} (as in actor/page-actors).
// Returns: total (int).
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
RETURN count(e) AS total
