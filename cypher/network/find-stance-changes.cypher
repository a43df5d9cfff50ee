// The changes of side (Query.stanceChanges): for each actor and topic, its dated SUPPORT and
// OPPOSE statements in date order (then id), and every consecutive pair of them that takes
// opposite sides. NEUTRAL stances and undated statements do not count: a change needs two
// sides and an order. Two statements of the same day that disagree are a change too: a
// contradiction is kept, never merged.
// Parameters: $filter (as network/compute-actor-network); $maxChanges (int).
// Returns: one row per change, by date of the second statement, at most $maxChanges + 1 (so the
//   caller sees a cut): actor, actorName, topic, topicName, before {id, stance, date, excerpt,
//   articleId}, after (the same).
WITH date($filter.from) AS windowFrom, date($filter.to) AS windowTo
// @include network/stance-rows
  AND r.stance IN ['SUPPORT', 'OPPOSE'] AND s.date IS NOT NULL
WITH a, t, s, r.stance AS stance
ORDER BY s.date, s.id
WITH a, t, collect({id: s.id, stance: stance, date: s.date, excerpt: s.excerpt, articleId: s.articleId}) AS said
UNWIND range(0, size(said) - 2) AS i
WITH a, t, said[i] AS before, said[i + 1] AS after
WHERE before.stance <> after.stance
RETURN a.id AS actor, a.name AS actorName, t.id AS topic, t.name AS topicName, before, after
ORDER BY after.date, actor, topic, after.id
LIMIT $maxChanges + 1
