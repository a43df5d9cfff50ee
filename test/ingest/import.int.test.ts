import { Annotation } from '../../src/ingest/annotation';
import { ImportRefused, importArchive } from '../../src/ingest/bulk';
import { ingest } from '../../src/ingest/write';
import { generateCorpus } from '../harness/corpus/corpus';
import { buildWorld } from '../harness/corpus/world';
import { graphDigest } from '../harness/graph-digest';
import { ConnectedNeo4j, startConnectedNeo4j } from '../harness/neo4j';

/**
 * The archive import (src/ingest/bulk.ts, `npm run import`) writes the graph that ingesting the
 * same articles one after another writes, refuses a graph that holds content, and leaves an
 * empty graph empty (with every index) when it fails. It needs empty stores, so it starts two
 * Neo4j servers of its own.
 */
let importing: ConnectedNeo4j;
let ingesting: ConnectedNeo4j;
beforeAll(async () => {
  [importing, ingesting] = await Promise.all([startConnectedNeo4j({ prefix: 'stancegraph-import-' }), startConnectedNeo4j({ prefix: 'stancegraph-import-' })]);
}, 180_000);
afterAll(async () => {
  await Promise.all([importing?.stop(), ingesting?.stop()]);
});

/**
 * The synthetic corpus, with one entity that two articles describe differently: ingested one
 * after another the later description wins, and so it must after an import whose batches
 * commit in any order.
 */
function corpus(): Annotation[] {
  const articles = [...generateCorpus(buildWorld(11), { seed: 12, statements: 400 })];
  const shared = articles[0].entities[0].id;
  const later = articles.filter((a) => a.entities.some((e) => e.id === shared)).at(-1)!;
  articles[0].entities[0] = { ...articles[0].entities[0], description: 'As the first article describes it.' } as never;
  const i = later.entities.findIndex((e) => e.id === shared);
  later.entities[i] = { ...later.entities[i], description: 'As the last article describes it.' } as never;
  return articles;
}

const indexNames = async (n: ConnectedNeo4j) =>
  (await n.connection.db.driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name')).records.map((r) => r.get('name') as string);

describe('importing an archive', () => {
  const articles = corpus();

  it('writes the graph that ingesting its articles one by one writes, in batches two at a time', async () => {
    for (const a of articles) await ingest(ingesting.connection.db, a);
    const result = await importArchive(importing.connection.db, articles, { batchStatements: 60, parallel: 2 });
    expect(result.statements).toBe(articles.reduce((n, a) => n + a.statements.length, 0));
    const [imported, ingested] = await Promise.all([graphDigest(importing.connection.db), graphDigest(ingesting.connection.db)]);
    expect(imported).toEqual(ingested);
    expect(await indexNames(importing)).toEqual(await indexNames(ingesting));
  });

  it('refuses a graph that holds content, naming what it holds, and writes nothing', async () => {
    const before = await graphDigest(importing.connection.db);
    await expect(importArchive(importing.connection.db, articles.slice(0, 1))).rejects.toThrow(ImportRefused);
    await expect(importArchive(importing.connection.db, articles.slice(0, 1))).rejects.toThrow(
      new RegExp(`^The graph already holds ${articles.length} articles, `),
    );
    expect(await graphDigest(importing.connection.db)).toEqual(before);
  });

  it('writes over a graph with content when asked, as ingest would', async () => {
    await importArchive(importing.connection.db, articles.slice(0, 3), { intoExisting: true });
    for (const a of articles.slice(0, 3)) await ingest(ingesting.connection.db, a);
    expect(await graphDigest(importing.connection.db)).toEqual(await graphDigest(ingesting.connection.db));
  });

  it('leaves an empty graph empty, with all its indexes, when a write fails', async () => {
    const fresh = await startConnectedNeo4j({ prefix: 'stancegraph-import-' });
    try {
      const indexes = await indexNames(fresh);
      // The last batch names a statement's speaker by an id no article describes: its write fails
      // after the batches before it have committed.
      const broken = structuredClone(articles);
      broken.at(-1)!.statements[0].speaker = 'person:nobody-describes-this-speaker';
      broken.at(-1)!.references = [...broken.at(-1)!.references, { id: 'person:nobody-describes-this-speaker', type: 'Person', path: 'statements[0].speaker' }];
      await expect(importArchive(fresh.connection.db, broken, { batchStatements: 60 })).rejects.toThrow(/person:nobody-describes-this-speaker/);
      const after = await graphDigest(fresh.connection.db);
      expect({ nodes: after.nodes, relationships: after.relationships }).toEqual({ nodes: {}, relationships: {} });
      expect(await indexNames(fresh)).toEqual(indexes);
    } finally {
      await fresh.stop();
    }
  }, 120_000);
});
