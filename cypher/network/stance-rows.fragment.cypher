  // (fragment network/stance-rows) The stances that count for a network: one row (a, t, r, s)
  // per stance a statement `s` with a speaker `a` takes on a topic `t`, for the statements that
  // pass $filter and are dated in [windowFrom, windowTo] (both dates or null: open ends; a bound
  // leaves undated statements out). $levels maps the stances that count to their qualifier level
  // (a stance it lacks, NEUTRAL in the binary mode, does not count). The topics anchor the
  // search: there are few, and each reaches its statements through TAKES_STANCE.
  MATCH (t:Entity:Topic)
  WHERE $filter.topics IS NULL OR t.id IN $filter.topics
  MATCH (t)<-[r:TAKES_STANCE]-(s:Statement)<-[:SAID]-(a:Entity:Actor)
  WHERE $levels[r.stance] IS NOT NULL
    AND ($filter.actors IS NULL OR a.id IN $filter.actors)
    AND ($filter.actorTypes IS NULL OR a.type IN $filter.actorTypes)
    AND ($filter.modes IS NULL OR s.mode IN $filter.modes)
    AND ($filter.attributions IS NULL OR s.attribution IN $filter.attributions)
    // Statements written before provenance was recorded are hand-coded ones.
    AND ($filter.provenances IS NULL OR coalesce(s.provenance, 'CURATED') IN $filter.provenances)
    AND ($filter.articles IS NULL OR s.articleId IN $filter.articles)
    AND (windowFrom IS NULL OR s.date >= windowFrom)
    AND (windowTo IS NULL OR s.date <= windowTo)
