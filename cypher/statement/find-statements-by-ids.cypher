// Finds statements by id (the statement DataLoader: one query per batch of ids).
// Parameters: $ids [string].
// Returns: id, statement (map, without the full-text copies); one row per id found.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, s {.id, .text, .language, .translation, .mode, .attribution, .start, .end, .excerpt, .articleId, .date, .notes,
    .mentionStart, .mention, .cueStart, .cue, .confidence, .extractor, .provenance} AS statement
