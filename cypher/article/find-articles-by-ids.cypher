// Finds articles by id (the article DataLoader: one query per batch of ids).
// Parameters: $ids [string].
// Returns: id, article (map: id, title, language, text, url, publishedAt, notes); one row per id found.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .title, .language, .text, .url, .publishedAt, .notes, .reviewProposed, .reviewAccepted, .reviewEdited, .reviewRejected, .reviewAdded} AS article
