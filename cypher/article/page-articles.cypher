// Pages through articles (Query.articles), newest first by publication date (undated last), then id.
// Keyset pagination: rows sort by (k, id), k being minus the date as yyyymmdd (0 when undated);
// a page resumes strictly after $after.
// Parameters: $after {k, id} or null; $limit (int: page size + 1).
// Returns: article (map), k (int), in page order.
MATCH (a:Article)
WITH a, -coalesce(a.publishedAt.year * 10000 + a.publishedAt.month * 100 + a.publishedAt.day, 0) AS k
WHERE $after IS NULL OR k > $after.k OR k = $after.k AND a.id > $after.id
RETURN a {.id, .title, .language, .text, .url, .publishedAt, .notes} AS article, k
ORDER BY k, a.id
LIMIT $limit
