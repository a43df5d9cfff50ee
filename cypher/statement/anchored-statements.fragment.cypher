  // (fragment statement/anchored-statements) The statements the search starts from, as `s`, for
  // one key (`hits`, `key` and `anchorId` in scope): the full-text hits, the statements tied to the
  // anchor entity by $anchor's relation, one article's, or every statement. The index-seek
  // branches key on CASE WHEN $anchor = ... THEN id END: when not chosen they seek null and read
  // nothing (a plain WHERE $anchor = ... would be checked only after a full label scan).
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
