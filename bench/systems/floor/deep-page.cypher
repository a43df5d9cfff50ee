// (f) A page deep into the list of all statements (reading order), by keyset: the page after
// the statement at ($afterArticle, $afterStart), read in order off the statement_article index
// (the hint keeps the planner from splitting the OR into a union with a label scan).
// Parameters: $afterArticle (string), $afterStart (int), $first (int).
// Returns: one row, answer { totalCount, items [{ id, text, date }] }.
MATCH (s:Statement)
USING INDEX s:Statement(articleId, start)
WHERE s.articleId >= $afterArticle AND s.start IS NOT NULL AND (s.articleId > $afterArticle OR s.start > $afterStart)
WITH s ORDER BY s.articleId, s.start LIMIT $first
WITH collect({id: s.id, text: s.text, date: toString(s.date)}) AS items
RETURN {totalCount: COUNT { (:Statement) }, items: items} AS answer
