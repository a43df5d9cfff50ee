/**
 * Every GraphQL operation the dashboard sends, against the public contract of issue 3
 * (`schema/schema.graphql`). One place, so a schema change is one diff.
 */

const ENTITY_REF = `__typename id name`;

export const STATEMENT_FIELDS = `
fragment StatementFields on Statement {
  id text language translation mode attribution date
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
 * A page of statement ids. Statement details come from `nodes(ids)` (STATEMENTS_BY_ID): the
 * API's cost estimate multiplies everything under `edges` by its list size, so a page with
 * nested lists (about, stances) in one request would be refused as too costly.
 */
export const STATEMENT_PAGE = `
query StatementPage($filter: StatementFilter, $first: Int!, $after: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id } }
  }
}`;

/** Full statements by id (at most 100: the API's limit for `nodes`), in the order asked. */
export const STATEMENTS_BY_ID = `
query StatementsById($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ...StatementFields }
}
${STATEMENT_FIELDS}`;

/** Statements as graph edges: who said something about whom, with the stance taken. */
export const GRAPH_STATEMENTS_BY_ID = `
query GraphStatementsById($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on Statement { speaker { ${ENTITY_REF} } about { ${ENTITY_REF} } stances { stance topic { id name } } } }
}`;

/** What the evidence view marks for each statement of an article. */
export const ARTICLE_STATEMENTS_BY_ID = `
query ArticleStatementsById($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on Statement { text translation mode attribution speaker { ${ENTITY_REF} } evidence { start end } } }
}`;

export const STATEMENT = `
query Statement($id: ID!) {
  node(id: $id) { __typename id ... on Statement { ...StatementFields notes } }
}
${STATEMENT_FIELDS}`;

export const ARTICLE = `
query Article($id: ID!, $first: Int!, $after: String) {
  node(id: $id) {
    __typename id
    ... on Article {
      title language publishedAt text
      statements(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id } }
      }
    }
  }
}`;

export const POSITIONS = `
query Positions($topic: ID!) {
  positions(topic: $topic) {
    stance statementCount
    actor { ${ENTITY_REF} }
    topic { id name }
    statements { id }
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
