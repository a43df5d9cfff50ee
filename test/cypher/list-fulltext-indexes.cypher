// Test support: the full-text indexes with their analyzer and state.
// Parameters: none. Returns: name, labelsOrTypes, properties, analyzer, state.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state
RETURN name, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer, state ORDER BY name
