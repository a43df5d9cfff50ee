// (fragment actor/filter) Keeps the actors `e` that pass every field of $filter {type, name
// (lower-case text, found in the name or an alias), topic, stance, article, anonymous}.
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
