import { Connection } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { Annotation } from '../../src/ingest/annotation';
import { ingest, ingestArticles } from '../../src/ingest/write';
import { generateCorpus } from '../harness/corpus/corpus';
import { buildWorld } from '../harness/corpus/world';
import { connectTestDatabase, withTestQueries } from '../harness/database';

/**
 * The write path (src/ingest/write.ts): an article is a batch of one, and a batch of many writes
 * the graph its articles write one at a time, in order, although its queries CREATE rather than
 * MERGE and skip entities whose values have not changed. The corpus is the benchmark's synthetic
 * one (entities shared across articles, events, relations, facts, publishers), whose ids are its
 * own; each test removes what it wrote.
 */
let connection: Connection;
let db: Database;
const corpus: Annotation[] = [...generateCorpus(buildWorld(7), { seed: 8, statements: 120 })];
const articleIds = corpus.map((a) => a.article.id);
const entityIds = [...new Set(corpus.flatMap((a) => a.entities.map((e) => e.id)))];

beforeAll(async () => {
  connection = await connectTestDatabase();
  db = withTestQueries(connection);
});
afterAll(async () => {
  await remove();
  await connection.close();
});

const remove = () => db.write('test/delete-articles-graph', { articleIds, entityIds });

/** The corpus's graph as sorted strings, ingestion timestamps left out. */
async function dump(): Promise<string[]> {
  const clean = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => k !== 'ingestedAt')
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    );
  const rows = await db.read('test/dump-articles-graph', { articleIds, entityIds });
  return rows
    .flatMap((r) => {
      const props = r.props as Record<string, unknown>;
      const node = `${[...(r.labels as string[])].sort().join(':')} ${clean(props)}`;
      const out = (r.out as { type: string; to: string; props: Record<string, unknown> }[]).map(
        (x) => `${props.id as string} -${x.type}-> ${x.to} ${clean(x.props)}`,
      );
      return [node, ...out];
    })
    .sort();
}

async function oneByOne(passes: number): Promise<string[]> {
  await remove();
  for (let pass = 0; pass < passes; pass++) for (const a of corpus) await ingest(connection.db, a);
  return dump();
}

async function inBatches(passes: number, size: number): Promise<string[]> {
  await remove();
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < corpus.length; i += size) await ingestArticles(connection.db, corpus.slice(i, i + size));
  }
  return dump();
}

describe('the write path', () => {
  it('writes in batches the graph its articles write one at a time', async () => {
    const expected = await oneByOne(1);
    // Not vacuous: statements, facts, participations, stated relations and publishers are all there.
    for (const part of ['-SAID->', '-HAS_FACT->', '-PARTICIPATED_IN->', '-PUBLISHED_BY->', '-MENTIONS->', '-TAKES_STANCE->']) {
      expect(expected.some((line) => line.includes(part))).toBe(true);
    }
    expect(await inBatches(1, 4)).toEqual(expected);
  });

  it('writes the same graph again when every article is ingested twice (the re-ingest deletes first)', async () => {
    const expected = await oneByOne(2);
    expect(await inBatches(2, 3)).toEqual(expected);
  });

  it('leaves an entity it does not change exactly as it was, and updates one it does', async () => {
    await inBatches(1, 100);
    const before = await dump();
    await ingestArticles(connection.db, corpus.slice(0, 2));
    expect(await dump()).toEqual(before);
    const changed = structuredClone(corpus[0]);
    changed.entities[0].description = 'A description only this re-ingest gives.';
    await ingestArticles(connection.db, [changed]);
    expect((await dump()).filter((line) => line.includes('A description only this re-ingest gives.'))).toHaveLength(1);
  });
});
