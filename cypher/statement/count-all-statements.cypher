// Counts every statement, from the database's count store (constant time): the totalCount of an
// unfiltered statement list.
// Parameters: none.
// Returns: total (int).
MATCH (s:Statement)
RETURN count(s) AS total
