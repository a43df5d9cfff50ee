import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Config, loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { Annotation, AnnotationError } from '../../src/ingest/annotation';
import { ImportRefused } from '../../src/ingest/bulk';
import { importStore } from '../../src/ingest/store/store-import';
import { ingest } from '../../src/ingest/write';
import { AdminToolError } from '../../src/neo4j/admin';
import { freePort } from '../../src/neo4j/launcher';
import { generateCorpus } from '../harness/corpus/corpus';
import { buildWorld } from '../harness/corpus/world';
import { GraphDigest, graphDigest } from '../harness/graph-digest';
import { ConnectedNeo4j, startConnectedNeo4j } from '../harness/neo4j';

/**
 * The offline import (`npm run import`, src/ingest/store/) writes, through neo4j-admin, the graph
 * that ingesting the same articles one after another writes, with the same indexes; it refuses a
 * store that holds content and leaves the served store as it was when anything fails.
 */
let ingesting: ConnectedNeo4j;
const folders: string[] = [];
beforeAll(async () => {
  ingesting = await startConnectedNeo4j({ prefix: 'stancegraph-store-import-' });
}, 180_000);
afterAll(async () => {
  await ingesting?.stop();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** The app's configuration with its embedded store in a new temporary folder (not created yet) and small memory. */
async function embeddedConfig(): Promise<Config> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-store-import-'));
  folders.push(parent);
  return loadConfig({
    NEO4J_DATA_DIR: path.join(parent, 'store'),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PAGE_CACHE_MB: '64',
    NEO4J_HEAP_MB: '512',
  });
}

/** The digest and index names of the store a configuration serves, read with Neo4j started on it (and stopped). */
async function served(config: Config): Promise<{ digest: GraphDigest; indexes: string[] }> {
  const connection = await connect(config);
  try {
    const indexes = (await connection.db.driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name')).records.map((r) => r.get('name') as string);
    return { digest: await graphDigest(connection.db), indexes };
  } finally {
    await connection.close();
  }
}

/**
 * The synthetic corpus, with the values CSV can get wrong: quotes, commas, line breaks (CR LF
 * too) and spaces at the ends in text, lists and names; an entity retyped by a later article
 * (ingest adds labels and removes none); empty and one-item lists.
 */
function corpus(): Annotation[] {
  const articles = [...generateCorpus(buildWorld(21), { seed: 22, statements: 300 })];
  const first = articles[0];
  first.article.title = ' "Quoted", with a comma,\r\nand a second line ';
  first.article.notes = ['a note, with "quotes"', '', 'line one\nline two'];
  first.entities[0] = { ...first.entities[0], aliases: ['Alias, with comma', '"Q"'], description: 'first line\r\nsecond line', notes: ['  padded  '] } as never;
  first.statements[0] = { ...first.statements[0], notes: ['single'], translation: 'He said: "no", and left.' } as never;
  const retyped = articles[1].entities.find((e) => e.type === 'Organization');
  if (retyped) {
    const later = articles.slice(2).find((a) => a.entities.some((e) => e.id === retyped.id));
    if (later) {
      const i = later.entities.findIndex((e) => e.id === retyped.id);
      later.entities[i] = { ...later.entities[i], type: 'Group' } as never;
    }
  }
  return articles;
}

describe('importing an archive offline with neo4j-admin', () => {
  const articles = corpus();
  let config: Config;

  it('writes the graph, and the indexes, that ingesting its articles one by one writes', async () => {
    config = await embeddedConfig();
    for (const a of articles) await ingest(ingesting.connection.db, a);
    const result = await importStore(config, articles);
    expect(result.statements).toBe(articles.reduce((n, a) => n + a.statements.length, 0));
    expect(result.articles).toBe(articles.length);
    const ingested = await graphDigest(ingesting.connection.db);
    const indexes = (await ingesting.connection.db.driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name')).records.map((r) => r.get('name'));
    const imported = await served(config);
    expect(imported.digest).toEqual(ingested);
    expect(imported.indexes).toEqual(indexes);
    // Nothing is left beside the served store or in the temporary folder.
    expect(fs.readdirSync(path.dirname(config.neo4j.kind === 'embedded' ? config.neo4j.dataDir : '')).sort()).toEqual(['store']);
  }, 240_000);

  it('refuses a store that holds content, naming what it holds, and leaves it as it was', async () => {
    const before = await served(config);
    const error = await importStore(config, articles.slice(0, 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as Error).message).toMatch(new RegExp(`already holds ${articles.length} articles, `));
    expect((await served(config)).digest).toEqual(before.digest);
  }, 240_000);

  it('refuses an archive that names an entity no article describes, before writing anything', async () => {
    const fresh = await embeddedConfig();
    const broken = structuredClone(articles.slice(0, 2));
    broken[1].statements[0].speaker = 'person:nobody-describes-this-speaker';
    broken[1].references = [...broken[1].references, { id: 'person:nobody-describes-this-speaker', type: 'Person', path: 'statements[0].speaker' }];
    const error = await importStore(fresh, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as Error).message).toMatch(/statements\[0\]\.speaker\.id: "person:nobody-describes-this-speaker" is named by id alone/);
    expect(fs.existsSync(fresh.neo4j.kind === 'embedded' ? fresh.neo4j.dataDir : '')).toBe(false);
  });

  it('leaves the served store as it was, and no new store beside it, when neo4j-admin fails', async () => {
    const fresh = await embeddedConfig();
    if (fresh.neo4j.kind !== 'embedded') throw new Error('The test needs the embedded Neo4j.');
    // A Java heap too small to start: the importer fails after the CSV files are written.
    const failing: Config = { ...fresh, neo4j: { ...fresh.neo4j, heapMb: 1 } };
    const error = await importStore(failing, articles).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminToolError);
    expect((error as Error).message).toMatch(/^neo4j-admin could not import the database in .*\.import-\d+/);
    expect(fs.readdirSync(path.dirname(fresh.neo4j.dataDir))).toEqual([]);
  });
});
