// Schema of the stancegraph model, applied at every start-up: each statement is idempotent
// (IF NOT EXISTS), so a re-run changes nothing. Statements are separated by semicolons.
// Parameters: none. Returns: nothing.
//
// Ids are unique per family; every lookup by id goes through one of these constraints' indexes.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;

// Filters and sort orders of the API.
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId, n.start);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_mode IF NOT EXISTS FOR (n:Statement) ON (n.mode);
CREATE INDEX statement_attribution IF NOT EXISTS FOR (n:Statement) ON (n.attribution);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX fact_article IF NOT EXISTS FOR (n:Fact) ON (n.articleId);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX draft_status IF NOT EXISTS FOR (n:Draft) ON (n.status, n.savedAt);
CREATE INDEX publication_article IF NOT EXISTS FOR (n:Publication) ON (n.articleId, n.at);

// Names and aliases in any spelling: accents and case folded ("Selenskyj", "zelenskyy", "Polen").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Names, aliases and descriptions with German stemming, so inflected forms ("Russlands") match too.
// (Neo4j allows one full-text index per label and property list, hence the wider list here.)
CREATE FULLTEXT INDEX entity_names_de IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: false } };

// Statement texts: the German originals with German stemming ("Rakete" finds "Raketen") ...
CREATE FULLTEXT INDEX statement_text_de IF NOT EXISTS FOR (n:Statement) ON EACH [n.textDe]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german', `fulltext.eventually_consistent`: false } };

// ... and the English originals and translations with English stemming.
CREATE FULLTEXT INDEX statement_text_en IF NOT EXISTS FOR (n:Statement) ON EACH [n.textEn]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } }
