/**
 * Every GraphQL operation the dashboard sends, against the public contract
 * (`schema/schema.graphql`). One place, so a schema change is one diff.
 */

const ENTITY_REF = `__typename id name`;

export const STATEMENT_FIELDS = `
fragment StatementFields on Statement {
  id text language translation mode attribution date provenance confidence extractor
  speaker { ${ENTITY_REF} }
  reportedBy { ${ENTITY_REF} }
  about { ${ENTITY_REF} }
  stances { stance topic { id name } }
  event { id name date }
  evidence { start end excerpt article { id title } }
}`;

const EVIDENCE = `evidence { start end excerpt article { id title } }`;

export const SEARCH = `
query Search($query: String!, $first: Int!, $types: [EntityType!]) {
  search(query: $query, first: $first, types: $types) {
    score
    node { ${ENTITY_REF} aliases description }
  }
}`;

/** The start page: the most quoted actors and the articles. */
export const OVERVIEW = `
query Overview {
  actors(first: 12, orderBy: STATEMENT_COUNT) {
    totalCount
    edges { node { ${ENTITY_REF} statements(first: 0) { totalCount } } }
  }
  articles(first: 10) {
    totalCount
    edges { node { id title language publishedAt statements(first: 0) { totalCount } } }
  }
}`;

/** Just the name of an entity (for pickers and titles filled from a URL). */
export const ENTITY_NAME = `
query EntityName($id: ID!) {
  node(id: $id) { __typename id ... on Entity { name } }
}`;

export const ENTITY = `
query Entity($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity {
      name aliases wikidataId description notes
      relations { type note from { ${ENTITY_REF} } to { ${ENTITY_REF} } ${EVIDENCE} }
      facts { attribute value numericValue unit ${EVIDENCE} }
    }
    ... on Actor { positions { stance statementCount actor { ${ENTITY_REF} } topic { id name } } }
    ... on Person { anonymous roles }
    ... on Organization { kind }
    ... on Country { isoCode }
    ... on Group { kind }
    ... on Weapon { category rangeKm unitCostUsd annualProduction manufacturer { ${ENTITY_REF} } }
    ... on Topic { positions { stance statementCount actor { ${ENTITY_REF} } topic { id name } } }
    ... on Event { eventKind: kind date place participants { ${ENTITY_REF} } }
  }
}`;

/**
 * One page of statements with everything a card, a table row and a CSV row show, in one
 * request. Its cost grows with `first`: at the largest page (100: CSV export) about 15,200 of
 * the API's default 20,000 (test/e2e/web-queries.test.ts checks every size in api/pages.ts).
 */
export const STATEMENT_PAGE = `
query StatementPage($filter: StatementFilter, $first: Int!, $after: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...StatementFields } }
  }
}
${STATEMENT_FIELDS}`;

/** A page of statements as graph edges: who said something about whom, with the stance taken. */
export const GRAPH_STATEMENT_PAGE = `
query GraphStatementPage($filter: StatementFilter, $first: Int!, $after: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id speaker { ${ENTITY_REF} } about { ${ENTITY_REF} } stances { stance topic { id name } } } }
  }
}`;

/**
 * Full statements by id (at most 100: the API's limit for `nodes`), in the order asked: for ids
 * that come from elsewhere, such as a position's statements in the stance matrix (a list without
 * `first` inside a list: selecting the details there would cost 400 times each statement).
 */
export const STATEMENTS_BY_ID = `
query StatementsById($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ...StatementFields }
}
${STATEMENT_FIELDS}`;

export const STATEMENT = `
query Statement($id: ID!) {
  node(id: $id) { __typename id ... on Statement { ...StatementFields notes } }
}
${STATEMENT_FIELDS}`;

/** An article with what the evidence view marks for each of its statements, a page at a time. */
export const ARTICLE = `
query Article($id: ID!, $first: Int!, $after: String) {
  node(id: $id) {
    __typename id
    ... on Article {
      title language publishedAt text
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id text translation mode attribution speaker { ${ENTITY_REF} } evidence { start end } } }
      }
    }
  }
}`;

/**
 * One actor's positions on one topic (a cell of the matrix), each with the ids of its first
 * `first` statements in reading order: a popular cell has thousands.
 */
export const CELL_POSITIONS = `
query CellPositions($actor: ID!, $topic: ID!, $first: Int!) {
  node(id: $actor) {
    ... on Actor {
      positions(topic: $topic) {
        stance statementCount
        actor { ${ENTITY_REF} }
        topic { id name }
        statements(first: $first) { edges { node { id } } }
      }
    }
  }
}`;

/** Every position on every topic that has any (the topic of each position is its parent). */
export const MATRIX = `
query Matrix {
  topics(withPositions: true) {
    id name
    positions { stance statementCount actor { ${ENTITY_REF} } }
  }
}`;

/** Stated relations of many entities at once (at most 100 ids: the API's limit for `nodes`). */
export const RELATIONS = `
query Relations($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on Entity { relations { type from { ${ENTITY_REF} } to { ${ENTITY_REF} } } } }
}`;

export const CONNECTIONS = `
query Connections($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    nodes {
      __typename id
      ... on Entity { name }
      ... on Statement { text mode speaker { ${ENTITY_REF} } }
      ... on Article { title }
    }
    relationships { type from to }
  }
}`;

/** Names of entities known by id (a draft's speakers, targets and topics), at most 100 at once. */
export const ENTITY_NAMES = `
query EntityNames($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on Entity { name } }
}`;

/** An article's page: what it is, who published it, what the review decided. */
export const ARTICLE_PAGE = `
query ArticlePage($id: ID!) {
  article(id: $id) {
    id title language publishedAt url
    source { ${ENTITY_REF} }
    review { proposed accepted edited rejected added }
    statements(first: 0) { totalCount }
  }
}`;

// ---------------------------------------------------------------- review (editor key needed)

/** A draft statement: exactly the fields of DraftStatementInput, so it can be saved back as read. */
const DRAFT_STATEMENT_FIELDS = `
fragment DraftStatementFields on DraftStatement {
  key origin decision edited statementId start end text excerptStart excerptEnd mode attribution
  speaker speakerMention { start end text } cue { start end text } reportedBy event about
  stances { topic stance } provenance confidence extractor date translation notes
}`;

const DRAFT_ENTITY = `id type name aliases kind`;
const REVIEW_COUNTS = `review { statements reviewed proposed accepted edited rejected added }`;
const DRAFT_SUMMARY = `id version status articleId title language publishedAt ${REVIEW_COUNTS} createdAt createdBy savedAt savedBy`;

const DRAFT_FIELDS = `
fragment DraftFields on Draft {
  ${DRAFT_SUMMARY}
  text url source
  entities { ${DRAFT_ENTITY} }
  statements { ...DraftStatementFields }
  openBy { name seenAt }
}
${DRAFT_STATEMENT_FIELDS}`;

const PUBLICATION_FIELDS = `id articleId draftId by at proposed accepted edited rejected added statements addedStatements removedStatements changedStatements`;

/** Whether the session's key is an editor's: answers for one, refuses anyone else. */
export const EDITOR_CHECK = `
query EditorCheck {
  drafts(first: 0) { totalCount }
}`;

/** The extractor's proposals for a text, written nowhere. */
export const EXTRACT_DRAFT = `
query ExtractDraft($text: String!, $language: String, $title: String) {
  extractDraft(text: $text, language: $language, title: $title) {
    language extractor
    entities { ${DRAFT_ENTITY} }
    statements { ...DraftStatementFields }
  }
}
${DRAFT_STATEMENT_FIELDS}`;

/** Creates a draft (no id) or saves it over the version it was opened at. */
export const SAVE_DRAFT = `
mutation SaveDraft($input: DraftInput!) {
  saveDraft(input: $input) { ...DraftFields }
}
${DRAFT_FIELDS}`;

export const DRAFT = `
query Draft($id: ID!) {
  draft(id: $id) { ...DraftFields }
}
${DRAFT_FIELDS}`;

export const DRAFTS = `
query Drafts($status: DraftStatus!, $first: Int!, $after: String) {
  drafts(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${DRAFT_SUMMARY} } }
  }
}`;

/** "I have it open": answers the other editors who have it open too. */
export const TOUCH_DRAFT = `
mutation TouchDraft($id: ID!) {
  touchDraft(id: $id) { name seenAt }
}`;

export const PUBLISH_DRAFT = `
mutation PublishDraft($id: ID!, $baseVersion: Int!) {
  publishDraft(id: $id, baseVersion: $baseVersion) {
    articleId
    draft { ...DraftFields }
    publication { ${PUBLICATION_FIELDS} }
  }
}
${DRAFT_FIELDS}`;

export const DISCARD_DRAFT = `
mutation DiscardDraft($id: ID!, $baseVersion: Int!) {
  discardDraft(id: $id, baseVersion: $baseVersion) { id status version }
}`;

/** A new draft of a published article, to correct it. */
export const REOPEN_ARTICLE = `
mutation ReopenArticle($articleId: ID!) {
  reopenArticle(articleId: $articleId) { id }
}`;

/** Who published an article when, and what each publish changed, newest first. */
export const PUBLICATIONS = `
query Publications($article: ID!, $first: Int!, $after: String) {
  publications(article: $article, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${PUBLICATION_FIELDS} } }
  }
}`;

/**
 * The network view: the co-occurrence network of the filtered statements (every pair of actors
 * that shares a topic), each edge with its congruence and conflict, so the view draws agreement
 * and conflict as two kinds of edge; the statements behind each edge by id.
 */
export const ACTOR_NETWORK = `
query ActorNetwork($filter: NetworkStatementFilter) {
  actorNetwork(filter: $filter, aggregation: IGNORE, maxNodes: 150, maxEdges: 1500, idsPerEdge: 50) {
    actorCount edgeCount truncated
    nodes { id name type activity support neutral oppose }
    edges { source target weight congruence conflict topicIds statementCount statementIds }
  }
}`;

/** The months of the filtered statements, each with its network (the network view's time slider). */
export const NETWORK_WINDOWS = `
query NetworkWindows($filter: NetworkStatementFilter) {
  networkWindows(filter: $filter, aggregation: IGNORE, window: 1, unit: MONTH, step: 1, maxNodes: 150, maxEdges: 1500, idsPerEdge: 50) {
    from to
    network {
      actorCount edgeCount truncated
      nodes { id name type activity support neutral oppose }
      edges { source target weight congruence conflict topicIds statementCount statementIds }
    }
  }
}`;

/** Statements per month and stance, empty months included (the network view's chart). */
export const STANCE_STATS = `
query StanceStats($filter: NetworkStatementFilter) {
  statementStats(filter: $filter, groupBy: [MONTH, STANCE]) { groups { period stance count } }
}`;

/** The topics that have stances, for the network view's filter. */
export const TOPIC_CHOICES = `
query TopicChoices {
  topics(withPositions: true) { id name }
}`;
