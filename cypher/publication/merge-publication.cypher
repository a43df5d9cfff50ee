// Records one write of an article through the API, in its transaction: a draft's publish or an
// ingestArticle (via); who wrote it, when, the review counts, the provenances written and what
// changed; keeps the latest review counts on the article, so that the extractor's real
// precision can be read from it.
// Parameters: $publication {id, articleId, via ('PUBLISH' | 'INGEST'), draftId (or null), by,
//   proposed, accepted, edited, rejected, added, statements, provenance [string],
//   addedStatements [id], removedStatements [id], changedStatements [id]}.
// Returns: publication (map).
MATCH (a:Article {id: $publication.articleId})
CREATE (p:Publication {id: $publication.id, articleId: $publication.articleId, via: $publication.via, draftId: $publication.draftId,
  at: datetime(), by: $publication.by, proposed: $publication.proposed, accepted: $publication.accepted,
  edited: $publication.edited, rejected: $publication.rejected, added: $publication.added,
  statements: $publication.statements, provenance: $publication.provenance, addedStatements: $publication.addedStatements,
  removedStatements: $publication.removedStatements, changedStatements: $publication.changedStatements})
CREATE (a)-[:HAS_PUBLICATION]->(p)
SET a.reviewProposed = CASE WHEN $publication.proposed > 0 THEN $publication.proposed ELSE a.reviewProposed END,
  a.reviewAccepted = CASE WHEN $publication.proposed > 0 THEN $publication.accepted ELSE a.reviewAccepted END,
  a.reviewEdited = CASE WHEN $publication.proposed > 0 THEN $publication.edited ELSE a.reviewEdited END,
  a.reviewRejected = CASE WHEN $publication.proposed > 0 THEN $publication.rejected ELSE a.reviewRejected END,
  a.reviewAdded = CASE WHEN $publication.proposed > 0 THEN $publication.added ELSE a.reviewAdded END
RETURN p {.*} AS publication
