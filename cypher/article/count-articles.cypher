// Counts all articles: the exact totalCount of article/page-articles.
// Parameters: none.
// Returns: total (int).
MATCH (a:Article)
RETURN count(a) AS total
