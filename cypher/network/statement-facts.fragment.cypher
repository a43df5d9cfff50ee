  // (fragment network/statement-facts) The statements that pass $filter (as network/stance-rows
  // reads it, but a statement without a speaker or a stance passes when no actor or topic filter
  // asks for one), with what statementStats groups by: the variables s, speaker (node or null),
  // st ({topic, stance}, or null when $stances is false), publisher (node or null). $stances
  // (boolean): one row per stance, on topics of the filter; statements without one drop out.
  // $publisher (boolean): look the publisher up. Both are off when nothing asks for them, because
  // each costs a look-up per statement.
  // @include network/statement-filter
  UNWIND CASE WHEN $stances THEN COLLECT {
      MATCH (s)-[r:TAKES_STANCE]->(t:Entity:Topic)
      WHERE $filter.topics IS NULL OR t.id IN $filter.topics
      RETURN {topic: t, stance: r.stance}
    } ELSE [null] END AS st
  WITH s, speaker, st,
    CASE WHEN $publisher THEN COLLECT { MATCH (s)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY]->(p:Entity) RETURN p }[0] END AS publisher
