// Counts statements grouped by any of their properties and a calendar unit of their date
// (Query.statementStats), in one query over network/statement-facts. A statement counts once per
// group it is in (with TOPIC or STANCE: once per stance it takes). The caller fills in the empty
// time buckets.
// Parameters: $filter (as network/compute-actor-network); $stances, $publisher (booleans, see
//   network/statement-facts); $groupBy [string] (StatsDimension names, without the time unit);
//   $timeUnit ('day', 'week', 'month', 'year' or null); $maxGroups (int).
// Returns: one row per group, up to $maxGroups + 1 (so the caller sees a cut): speaker,
//   speakerName, topic, topicName, stance, mode, attribution, provenance, article, publisher,
//   publisherName (strings or null when not grouped by), period (the first day of the unit, a
//   date, or null when not grouped by time or undated), count (int).
// @include network/statement-facts
WITH
  CASE WHEN 'SPEAKER' IN $groupBy THEN speaker END AS speaker,
  CASE WHEN 'TOPIC' IN $groupBy THEN st.topic END AS topic,
  CASE WHEN 'STANCE' IN $groupBy THEN st.stance END AS stance,
  CASE WHEN 'MODE' IN $groupBy THEN s.mode END AS mode,
  CASE WHEN 'ATTRIBUTION' IN $groupBy THEN s.attribution END AS attribution,
  CASE WHEN 'PROVENANCE' IN $groupBy THEN coalesce(s.provenance, 'CURATED') END AS provenance,
  CASE WHEN 'ARTICLE' IN $groupBy THEN s.articleId END AS article,
  CASE WHEN 'PUBLISHER' IN $groupBy THEN publisher END AS publisher,
  // By day first, then by the time unit: a statement has one date, so the day counts add up to
  // the period's, and date.truncate runs once per day and group instead of once per statement.
  s.date AS day,
  count(DISTINCT s) AS count
WITH speaker, topic, stance, mode, attribution, provenance, article, publisher,
  // date.truncate refuses null: undated statements form the group of period null.
  CASE WHEN $timeUnit IS NULL OR day IS NULL THEN null ELSE date.truncate($timeUnit, day) END AS period,
  sum(count) AS count
RETURN speaker.id AS speaker, speaker.name AS speakerName, topic.id AS topic, topic.name AS topicName, stance, mode,
  attribution, provenance, article, publisher.id AS publisher, publisher.name AS publisherName, period, count
ORDER BY period, speaker, topic, stance, mode, attribution, provenance, article, publisher
LIMIT $maxGroups + 1
