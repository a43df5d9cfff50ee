// How many relationships the graph holds, from the count store: an offline import checks its
// new store against the rows it wrote.
// Parameters: none. Returns: one row: relationships (int).
RETURN COUNT { ()-[]->() } AS relationships
