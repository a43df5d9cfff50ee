// Creates a draft: an article under review, its text and its review state (content, JSON).
// Parameters: $draft {id, articleId, title, language, text, url, publishedAt, source, content
//   (JSON string), statementCount, reviewedCount, by (the key's name)}.
// Returns: draft (map).
CREATE (d:Draft {id: $draft.id, version: 1, status: 'OPEN', articleId: $draft.articleId, title: $draft.title,
  language: $draft.language, text: $draft.text, url: $draft.url, publishedAt: $draft.publishedAt, source: $draft.source,
  content: $draft.content, statementCount: $draft.statementCount, reviewedCount: $draft.reviewedCount,
  createdAt: datetime(), createdBy: $draft.by, savedAt: datetime(), savedBy: $draft.by, presence: []})
RETURN d {.*} AS draft
