// Pages through articles (Query.articles), newest first by publication date (undated last), then id.
// Keyset pagination: rows sort by (dateKey, id), dateKey being minus the date as yyyymmdd (0 when
// undated); a page resumes strictly after $after.
// Parameters: $after {dateKey, id} or null; $limit (int: page size + 1).
// Returns: article (map), dateKey (int), in page order.
MATCH (a:Article)
WITH a, -coalesce(a.publishedAt.year * 10000 + a.publishedAt.month * 100 + a.publishedAt.day, 0) AS dateKey
WHERE $after IS NULL OR dateKey > $after.dateKey OR dateKey = $after.dateKey AND a.id > $after.id
RETURN a {.id, .title, .language, .text, .url, .publishedAt, .notes, .reviewProposed, .reviewAccepted, .reviewEdited, .reviewRejected, .reviewAdded} AS article, dateKey
ORDER BY dateKey, a.id
LIMIT $limit
