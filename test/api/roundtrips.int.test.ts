import { Api, Call, nodes, startApi } from '../harness/api';

/**
 * DataLoader batching: a query's round trips to Neo4j are bounded by its depth, not by how many
 * results it has. The nested query walks the whole article: every statement, its speaker, every
 * statement of each speaker, and whom each of those is about.
 */
let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

const NESTED = `{
  statements(first: 100) {
    totalCount
    edges { node {
      id
      speaker {
        id
        name
        statements(first: 100) {
          totalCount
          edges { node { id about { id name } } }
        }
      }
    } }
  }
}`;

/** The named queries of a recording, in order. */
const names = (calls: Call[]) => calls.map((c) => c.name);

describe('the nested query statements → speaker → statements → about over the whole article', () => {
  it('costs one round trip per list level, however many statements and speakers', async () => {
    const { data, errors, calls, roundTrips } = await api.run(NESTED);
    expect(errors).toBeUndefined();
    const statements = nodes<any>(data.statements);
    const speakers = new Set(statements.map((s) => s.speaker.id));
    const inner = statements.flatMap((s) => nodes<any>(s.speaker.statements));
    // The walk really is large: dozens of statements, dozens of speakers, hundreds of inner rows.
    expect(statements.length).toBe(data.statements.totalCount);
    expect(statements.length).toBeGreaterThan(60);
    expect(speakers.size).toBeGreaterThan(25);
    expect(inner.length).toBeGreaterThan(60);
    expect(inner.every((s) => s.about.length > 0)).toBe(true);

    // Depth 4 (statements, speaker, statements, about): 3 round trips. The speakers come with the
    // first page, and both totalCounts with their pages (the count store, the speakers' SAID
    // degrees), not from count queries.
    expect(roundTrips).toBe(3);
    expect(calls).toHaveLength(roundTrips);
    expect(names(calls)).toEqual(['statement/page-statements-in-reading-order', 'statement/page-statements-by-relation', 'statement/find-about-targets']);
  });

  it('sends each level as one batch of all its keys, in key order', async () => {
    const { data, calls } = await api.run(NESTED);
    const statements = nodes<any>(data.statements);
    const speakerIds = [...new Set(statements.map((s) => s.speaker.id))];
    const byName = (name: string) => calls.filter((c) => c.name === name).map((c) => c.params);

    // The speakers came with the page: no speaker query at all.
    expect(byName('statement/find-speakers')).toEqual([]);
    // One page query for all speakers: one key per distinct speaker, walking what each said.
    expect(byName('statement/page-statements-by-relation')).toEqual([
      expect.objectContaining({ keys: speakerIds, relation: 'speaker', anchorIds: speakerIds }),
    ]);
    // Statements met twice (as a statement and as a speaker's statement) are asked for once.
    const innerIds = [...new Set(statements.flatMap((s) => nodes<any>(s.speaker.statements).map((x) => x.id)))];
    expect(byName('statement/find-about-targets')).toEqual([{ ids: innerIds }]);
  });

  it('keeps the same number of round trips for a smaller page (the bound depends on depth only)', async () => {
    const small = await api.run(NESTED.replace('statements(first: 100)', 'statements(first: 3)'));
    const large = await api.run(NESTED);
    expect(small.errors).toBeUndefined();
    expect(small.roundTrips).toBe(large.roundTrips);
  });

  it('shares a loader between parents asking with the same arguments, and not between different ones', async () => {
    const { errors, calls } = await api.run(`{
      statements(first: 10) { edges { node {
        speaker {
          a: statements(first: 1) { edges { node { id } } }
          b: statements(first: 1) { edges { node { id } } }
          c: statements(first: 2, filter: { mode: DIRECT_QUOTE }) { edges { node { id } } }
        }
      } } }
    }`);
    expect(errors).toBeUndefined();
    // a and b are the same question: one batch; c is another: one more.
    expect(names(calls).filter((n) => n === 'statement/page-statements-by-relation')).toHaveLength(1);
    expect(names(calls).filter((n) => n === 'statement/page-statements')).toHaveLength(1);
  });

  it('asks for each entity once, however often it appears', async () => {
    const { data, calls } = await api.run(`{
      statements(first: 100) { edges { node { speaker { id } about { id name } stances { topic { id name } } reportedBy { id } event { id } } } }
    }`);
    expect(nodes<any>(data.statements).length).toBeGreaterThan(60);
    // Entities come with the relation queries (speakers, targets, topics): no per-entity lookups.
    expect(names(calls)[0]).toBe('statement/page-statements-in-reading-order');
    // The speakers come with the page; the four other relation loaders of the second level fire
    // together, in no particular order.
    expect(names(calls).slice(1).sort()).toEqual([
      'statement/find-about-targets',
      'statement/find-events',
      'statement/find-reporters',
      'statement/find-stances',
    ]);
  });
});
