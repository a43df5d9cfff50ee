  // (fragment network/statement-filter) The statements that pass $filter as statementStats and
  // the statements export read it (network/stance-rows reads the same fields for the networks):
  // a statement without a speaker passes when no actor filter asks for one; the topics are the
  // caller's to check. Returns the variables s and speaker (node or null).
  MATCH (s:Statement)
  WHERE ($filter.modes IS NULL OR s.mode IN $filter.modes)
    AND ($filter.attributions IS NULL OR s.attribution IN $filter.attributions)
    // Statements written before provenance was recorded are hand-coded ones.
    AND ($filter.provenances IS NULL OR coalesce(s.provenance, 'CURATED') IN $filter.provenances)
    AND ($filter.articles IS NULL OR s.articleId IN $filter.articles)
    AND ($filter.from IS NULL OR s.date >= date($filter.from))
    AND ($filter.to IS NULL OR s.date <= date($filter.to))
  OPTIONAL MATCH (speaker:Entity:Actor)-[:SAID]->(s)
  WITH s, speaker
  WHERE ($filter.actors IS NULL OR speaker.id IN $filter.actors)
    AND ($filter.actorTypes IS NULL OR speaker.type IN $filter.actorTypes)
