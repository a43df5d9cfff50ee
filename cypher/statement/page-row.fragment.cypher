  // (fragment statement/page-row) A statement of a page as the statement loader and
  // statement/find-statements-by-ids return it, with its speaker as statement/find-speakers
  // returns it, read for the page rows only: the caller primes the Statement.speaker loader
  // with it, saving that query a round trip.
  statement: s {.id, .text, .language, .translation, .mode, .attribution, .start, .end, .excerpt, .articleId, .date, .notes,
    .mentionStart, .mention, .cueStart, .cue, .confidence, .extractor, .provenance},
  speakers: [(s)<-[:SAID]-(a:Actor) | a {.*, aliasText: null}],
