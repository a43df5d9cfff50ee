    // (fragment statement/after-in-reading-order) True for a statement `s` after the keyset
    // cursor $after {none, articleId, start, id} in reading order; true for all when $after.none.
    CASE
    WHEN $after.none THEN true
    WHEN s.articleId <> $after.articleId THEN s.articleId > $after.articleId
    WHEN s.start <> $after.start THEN s.start > $after.start
    ELSE s.id > $after.id END
