  // (fragment network/actor-cells) From the rows of network/stance-rows to DNA's x_ijk: one row
  // per actor with its cells, a cell per topic it spoke on holding v = [x SUPPORT, x NEUTRAL,
  // x OPPOSE] and the ids behind each of the three (in that order). $duplicates says what counts
  // once: every statement, or one per actor, topic, stance and article, week, month or year
  // ($dupUnit: 'week', 'month' or 'year'); an undated statement counts once per article then.
  // Returns the variables a (the actor node), activity (Σ_j Σ_k x_ijk), support, neutral, oppose
  // and cells [{t, v, ids}].
  WITH a, t, $levels[r.stance] AS k, s,
    // The general form of CASE: a simple `CASE $duplicates` would compare the rule with the
    // date test. date.truncate refuses null, so undated statements never reach it.
    CASE
      WHEN $duplicates = 'EVERY_STATEMENT' THEN s.id
      WHEN $duplicates = 'PER_ARTICLE' OR s.date IS NULL THEN 'article ' + s.articleId
      ELSE toString(date.truncate($dupUnit, s.date))
    END AS bucket
  WITH a, t, k, count(DISTINCT bucket) AS n, collect(s.id) AS ids
  WITH a, t, collect([k, n, ids]) AS levels
  WITH a, t,
    [level IN [1, 0, -1] | reduce(x = 0, l IN levels | x + CASE WHEN l[0] = level THEN l[1] ELSE 0 END)] AS v,
    [level IN [1, 0, -1] | reduce(x = [], l IN levels | x + CASE WHEN l[0] = level THEN l[2] ELSE [] END)] AS ids
  WITH a, sum(v[0] + v[1] + v[2]) AS activity, sum(v[0]) AS support, sum(v[1]) AS neutral, sum(v[2]) AS oppose,
    collect({t: t.id, v: v, ids: ids}) AS cells
