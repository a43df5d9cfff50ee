// Creates or updates the entities an article names and records that the article mentions them
// (with the span where it does, when the annotation gives one). Labels follow the type:
// every entity is :Entity plus its type label; persons, organizations, countries and groups are :Actor.
// Parameters: $articleId (string), $entities [{ id, type, props (map), date (YYYY-MM-DD or null),
//   mention { start, end, excerpt } or null }].
// Returns: count (int).
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e += row.props,
    e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Group' THEN [1] ELSE [] END | SET e:Group:Actor)
FOREACH (_ IN CASE WHEN row.type = 'Weapon' THEN [1] ELSE [] END | SET e:Weapon)
FOREACH (_ IN CASE WHEN row.type = 'Topic' THEN [1] ELSE [] END | SET e:Topic)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
MERGE (a)-[m:MENTIONS]->(e)
SET m.start = row.mention.start, m.end = row.mention.end, m.excerpt = row.mention.excerpt
RETURN count(e) AS count
