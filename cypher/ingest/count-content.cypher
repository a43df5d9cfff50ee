// How much of the graph is content (articles, statements, entities, facts): zero for a store an
// archive may be imported into.
// Parameters: none. Returns: one row: articles, statements, entities, facts (ints).
RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements, COUNT { (:Entity) } AS entities, COUNT { (:Fact) } AS facts
