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
