/**
 * The benchmark's query set: each question asked three ways (a stancegraph GraphQL operation,
 * an @neo4j/graphql operation, a hand-written Cypher query of the floor), with a normaliser per
 * system that maps its response to one canonical answer. Answers are compared before any timing.
 *
 * Canonical order rules (the contract's): statement lists in reading order (article id, then
 * position in the article); lists the contract leaves unordered (a statement's targets,
 * positions, a position's statements) are sorted by id before comparing.
 */

export type SystemName = 'stancegraph' | 'neo4j-graphql' | 'cypher';
export const SYSTEMS: SystemName[] = ['stancegraph', 'neo4j-graphql', 'cypher'];

export type Params = Record<string, unknown>;
type Json = any;

export interface GraphqlForm {
  query: string;
  variables(p: Params): Params;
  normalise(data: Json): Json;
}

export interface CypherForm {
  /** A file of bench/systems/floor/, without `.cypher`. */
  name: string;
  params(p: Params): Params;
  normalise(answer: Json): Json;
}

export interface BenchQuery {
  id: string;
  title: string;
  /** True for the id and full-text lookups whose latency must grow < 2x from 1k to 100k. */
  lookup?: 'id' | 'full-text';
  stancegraph: GraphqlForm;
  'neo4j-graphql': GraphqlForm;
  cypher: CypherForm;
}

export const PAGE = 20;
export const MAX_HOPS = 4;
export const PATHS = 3;
/**
 * Statements per position in (b) and (e): a position's evidence, its first statements in reading
 * order, with their number; not every id (a popular topic has tens of thousands).
 */
export const EVIDENCE = 3;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ref = (e: Json) => (e ? { id: e.id, name: e.name } : null);
const idOf = (x: Json) => x.id;
const positionKey = (p: Json) => `${p.who.id} ${p.stance}`;
const sortPositions = (ps: Json[]) => ps.sort((a, b) => (positionKey(a) < positionKey(b) ? -1 : positionKey(a) > positionKey(b) ? 1 : 0));
const relaySort = '[{ node: { articleId: ASC } }, { node: { start: ASC } }]';
const edges = (c: Json) => (c?.edges ?? []).map((e: Json) => e.node);

const STATEMENT_ABOUT = (s: Json) => ({ id: s.id, text: s.text, speaker: ref(s.speaker), about: (s.about ?? []).map(ref).sort(byId) });
const STATEMENT_SPEAKER = (s: Json) => ({ id: s.id, text: s.text, speaker: ref(s.speaker) });

export const QUERIES: BenchQuery[] = [
  {
    id: 'lookup',
    title: 'entity by id',
    lookup: 'id',
    stancegraph: {
      query: 'query Lookup($id: ID!) { node(id: $id) { id ... on Entity { name } } }',
      variables: (p) => ({ id: p.id }),
      normalise: (d) => ref(d.node),
    },
    'neo4j-graphql': {
      query: 'query Lookup($id: ID!) { entities(where: { id: { eq: $id } }) { id name } }',
      variables: (p) => ({ id: p.id }),
      normalise: (d) => ref(d.entities[0]),
    },
    cypher: { name: 'lookup', params: (p) => ({ id: p.id }), normalise: (a) => ref(a) },
  },
  {
    id: 'about',
    title: '(a) who said what about X',
    stancegraph: {
      query: `query About($id: ID!, $first: Int) { statements(filter: { about: $id }, first: $first) {
        totalCount edges { node { id text speaker { id name } about { id name } } } } }`,
      variables: (p) => ({ id: p.id, first: PAGE }),
      normalise: (d) => ({ totalCount: d.statements.totalCount, items: edges(d.statements).map(STATEMENT_ABOUT) }),
    },
    'neo4j-graphql': {
      query: `query About($id: ID!, $first: Int) { entities(where: { id: { eq: $id } }) {
        statementsAboutConnection(first: $first, sort: ${relaySort}) {
          totalCount edges { node { id text speaker { id name } about { id name } } } } } }`,
      variables: (p) => ({ id: p.id, first: PAGE }),
      normalise: (d) => {
        const c = d.entities[0]?.statementsAboutConnection;
        return { totalCount: c?.totalCount ?? 0, items: edges(c).map(STATEMENT_ABOUT) };
      },
    },
    cypher: {
      name: 'about',
      params: (p) => ({ id: p.id, first: PAGE }),
      normalise: (a) => ({ totalCount: a.totalCount, items: a.items.map(STATEMENT_ABOUT) }),
    },
  },
  {
    id: 'profile',
    title: "(b) an actor's profile",
    stancegraph: {
      query: `query Profile($id: ID!, $first: Int, $evidence: Int) { node(id: $id) { ... on Actor { id name
        statements(first: $first) { totalCount edges { node { id text } } }
        statementsAbout(first: $first) { totalCount edges { node { id text speaker { id name } } } }
        positions { topic { id name } stance statementCount statements(first: $evidence) { edges { node { id } } } } } } }`,
      variables: (p) => ({ id: p.id, first: PAGE, evidence: EVIDENCE }),
      normalise: (d) =>
        profile(
          d.node,
          (x) => x.statements,
          (x) => x.statementsAbout,
          (x) => x.positions.map((p: Json) => ({ who: ref(p.topic), stance: p.stance, count: p.statementCount, first: edges(p.statements).map(idOf) })),
        ),
    },
    'neo4j-graphql': {
      query: `query Profile($id: ID!, $first: Int, $evidence: Int!) { actors(where: { id: { eq: $id } }) { id name
        statementsConnection(first: $first, sort: ${relaySort}) { totalCount edges { node { id text } } }
        statementsAboutConnection(first: $first, sort: ${relaySort}) { totalCount edges { node { id text speaker { id name } } } }
        ... on Person { positions(first: $evidence) { ...P } }
        ... on Organization { positions(first: $evidence) { ...P } }
        ... on Country { positions(first: $evidence) { ...P } }
        ... on Group { positions(first: $evidence) { ...P } } } }
        fragment P on Position { topicId topicName stance statementCount firstStatementIds }`,
      variables: (p) => ({ id: p.id, first: PAGE, evidence: EVIDENCE }),
      normalise: (d) =>
        profile(
          d.actors[0],
          (x) => x.statementsConnection,
          (x) => x.statementsAboutConnection,
          (x) =>
            x.positions.map((p: Json) => ({
              who: { id: p.topicId, name: p.topicName },
              stance: p.stance,
              count: p.statementCount,
              first: p.firstStatementIds,
            })),
        ),
    },
    cypher: {
      name: 'profile',
      params: (p) => ({ id: p.id, first: PAGE, evidence: EVIDENCE }),
      normalise: (a) => ({
        id: a.id,
        name: a.name,
        statements: { totalCount: a.statements.totalCount, items: a.statements.items.map((s: Json) => ({ id: s.id, text: s.text })) },
        statementsAbout: { totalCount: a.statementsAbout.totalCount, items: a.statementsAbout.items.map(STATEMENT_SPEAKER) },
        positions: sortPositions(a.positions.map((p: Json) => ({ who: ref(p.topic), stance: p.stance, count: p.statementCount, first: p.first }))),
      }),
    },
  },
  {
    id: 'search',
    title: '(c) full-text statement search',
    lookup: 'full-text',
    stancegraph: {
      query: `query Search($q: String!, $first: Int) { statements(filter: { text: $q }, first: $first) {
        totalCount edges { node { id text speaker { id name } } } } }`,
      variables: (p) => ({ q: p.q, first: PAGE }),
      normalise: (d) => ({ totalCount: d.statements.totalCount, items: edges(d.statements).map(STATEMENT_SPEAKER) }),
    },
    'neo4j-graphql': {
      query: `query Search($q: String!, $first: Int!) { statementSearch(query: $q, first: $first) { id text speaker { id name } }
        statementSearchCount(query: $q) }`,
      variables: (p) => ({ q: (p.q as string).toLowerCase(), first: PAGE }),
      normalise: (d) => ({ totalCount: d.statementSearchCount, items: d.statementSearch.map(STATEMENT_SPEAKER) }),
    },
    cypher: {
      name: 'search',
      params: (p) => ({ query: (p.q as string).toLowerCase(), first: PAGE }),
      normalise: (a) => ({ totalCount: a.totalCount, items: a.items.map(STATEMENT_SPEAKER) }),
    },
  },
  {
    id: 'connections',
    title: '(d) connections between two actors',
    stancegraph: {
      query: `query Connections($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
        connections(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { id } relationships { type from to } } }`,
      variables: (p) => ({ from: p.from, to: p.to, maxHops: MAX_HOPS, first: PATHS }),
      normalise: (d) => d.connections.map((p: Json) => ({ length: p.length, nodes: p.nodes.map((n: Json) => n.id), relationships: p.relationships })),
    },
    'neo4j-graphql': {
      query: `query Connections($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
        connections(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodeIds relationships { type from to } } }`,
      variables: (p) => ({ from: p.from, to: p.to, maxHops: MAX_HOPS, first: PATHS }),
      normalise: (d) => d.connections.map((p: Json) => ({ length: p.length, nodes: p.nodeIds, relationships: p.relationships })),
    },
    cypher: {
      name: 'connections',
      params: (p) => ({ from: p.from, to: p.to, maxHops: MAX_HOPS, first: PATHS }),
      normalise: (a) => a.map((p: Json) => ({ length: p.length, nodes: p.nodes, relationships: p.relationships })),
    },
  },
  {
    id: 'positions',
    title: '(e) positions on a topic',
    stancegraph: {
      // Each position with its number of statements and the first EVIDENCE of them in reading
      // order (the same shape in all three systems), not every id of a popular topic.
      query: `query Positions($topic: ID!, $evidence: Int) { positions(topic: $topic) {
        actor { id name } stance statementCount statements(first: $evidence) { edges { node { id } } } } }`,
      variables: (p) => ({ topic: p.id, evidence: EVIDENCE }),
      normalise: (d) =>
        sortPositions(d.positions.map((p: Json) => ({ who: ref(p.actor), stance: p.stance, count: p.statementCount, first: edges(p.statements).map(idOf) }))),
    },
    'neo4j-graphql': {
      query: `query Positions($topic: ID!, $evidence: Int!) { topics(where: { id: { eq: $topic } }) {
        positions(first: $evidence) { actorId actorName stance statementCount firstStatementIds } } }`,
      variables: (p) => ({ topic: p.id, evidence: EVIDENCE }),
      normalise: (d) =>
        sortPositions(
          (d.topics[0]?.positions ?? []).map((p: Json) => ({
            who: { id: p.actorId, name: p.actorName },
            stance: p.stance,
            count: p.statementCount,
            first: p.firstStatementIds,
          })),
        ),
    },
    cypher: {
      name: 'positions',
      params: (p) => ({ topic: p.id, evidence: EVIDENCE }),
      normalise: (a) => sortPositions(a.map((p: Json) => ({ who: ref(p.actor), stance: p.stance, count: p.statementCount, first: p.first }))),
    },
  },
  {
    id: 'deep-page',
    title: '(f) a page deep into all statements',
    stancegraph: {
      query: `query DeepPage($first: Int, $after: String) { statements(first: $first, after: $after) {
        totalCount edges { node { id text date } } } }`,
      variables: (p) => ({ first: PAGE, after: p.stancegraphCursor }),
      normalise: (d) => ({
        totalCount: d.statements.totalCount,
        items: edges(d.statements).map((s: Json) => ({ id: s.id, text: s.text, date: s.date ?? null })),
      }),
    },
    // The library's cursor connection (statementsConnection(after:)) builds every edge before the
    // offset: at 100k statements it exceeds Neo4j's transaction memory limit at offset 1000. Its
    // offset list plus a count is the fastest way it offers to read a deep page.
    'neo4j-graphql': {
      query: `query DeepPage($first: Int, $offset: Int) { statements(limit: $first, offset: $offset, sort: [{ articleId: ASC }, { start: ASC }]) { id text date }
        statementsConnection { totalCount } }`,
      variables: (p) => ({ first: PAGE, offset: p.offset }),
      normalise: (d) => ({
        totalCount: d.statementsConnection.totalCount,
        items: d.statements.map((s: Json) => ({ id: s.id, text: s.text, date: s.date ?? null })),
      }),
    },
    cypher: {
      name: 'deep-page',
      params: (p) => ({ afterArticle: p.afterArticle, afterStart: p.afterStart, first: PAGE }),
      normalise: (a) => ({ totalCount: a.totalCount, items: a.items.map((s: Json) => ({ id: s.id, text: s.text, date: s.date ?? null })) }),
    },
  },
];

function profile(x: Json, said: (x: Json) => Json, about: (x: Json) => Json, positions: (x: Json) => Json[]): Json {
  if (!x) return null;
  return {
    id: x.id,
    name: x.name,
    statements: { totalCount: said(x).totalCount, items: edges(said(x)).map((s: Json) => ({ id: s.id, text: s.text })) },
    statementsAbout: { totalCount: about(x).totalCount, items: edges(about(x)).map(STATEMENT_SPEAKER) },
    positions: sortPositions(positions(x)),
  };
}
