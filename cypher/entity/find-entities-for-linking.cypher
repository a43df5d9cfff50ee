// Every entity with the names the extractor links mentions to (extractDraft): id, type, name,
// aliases, and whether a person is anonymous, with their roles.
// Parameters: none.
// Returns: id, type, name, aliases [string], anonymous (boolean or null), roles [string] or null.
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, e.anonymous AS anonymous, e.roles AS roles
