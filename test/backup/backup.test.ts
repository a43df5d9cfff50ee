import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Connection } from '../../src/db/connect';
import { Annotation } from '../../src/ingest/annotation';
import { articleIds, exportArticle, textFileOf, toYaml } from '../../src/ingest/export';
import { readAnnotationFile } from '../../src/ingest/read';
import { ingestArticles } from '../../src/ingest/write';
import { BackupError, dumpStore, loadStore } from '../../src/neo4j/admin';
import { buildWorld } from '../harness/corpus/world';
import { generateCorpus } from '../harness/corpus/corpus';
import { ROOT, graphCounts, loadArticle, withTestQueries } from '../harness/database';
import { ConnectedNeo4j, startConnectedNeo4j } from '../harness/neo4j';

/**
 * Backups, on a Neo4j of this file's own (it is stopped, wiped and reloaded):
 *
 * - `neo4j-admin database dump` and `load` (src/neo4j/admin.ts, `npm run backup` / `restore`)
 *   give back the same graph: the same counts and a byte-identical export of every article;
 *   a dump of a running store is refused with a sentence.
 * - export, wipe, reload from the exported files and export again is byte-identical, on the
 *   bundled article and on a generated corpus of 10,000 statements.
 */
jest.setTimeout(600_000);

let own: ConnectedNeo4j;
let scratch: string;
beforeAll(async () => {
  own = await startConnectedNeo4j({ prefix: 'stancegraph-backup-neo4j-', heapMb: 1024, pageCacheMb: 128 });
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-backup-'));
});
afterAll(async () => {
  await own?.stop();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** Every article exported, as the files `npm run export-annotations` writes: name to content. */
async function exportAll(connection: Connection): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const id of await articleIds(connection.db)) {
    const exported = (await exportArticle(connection.db, id))!;
    files.set(textFileOf(id), exported.text);
    files.set(textFileOf(id).replace(/\.txt$/, '.yaml'), toYaml(exported));
  }
  return files;
}

function writeFiles(dir: string, files: Map<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content);
}

/** Writes annotations in batches, as the bench loads its corpus. */
async function ingestAll(connection: Connection, annotations: Annotation[]): Promise<void> {
  for (let i = 0; i < annotations.length; i += 50) await ingestArticles(connection.db, annotations.slice(i, i + 50));
}

/** Export, wipe, reload from the exported files in `order`, export again: the two exports must be the same bytes. */
async function roundTrip(order: string[]): Promise<{ before: Map<string, string>; after: Map<string, string>; countsBefore: object; countsAfter: object }> {
  const before = await exportAll(own.connection);
  const countsBefore = await graphCounts(own.connection);
  const dir = fs.mkdtempSync(path.join(scratch, 'export-'));
  writeFiles(dir, before);
  await withTestQueries(own.connection).write('test/wipe-graph');
  expect(await graphCounts(own.connection)).toEqual({});
  await ingestAll(
    own.connection,
    order.map((id) => readAnnotationFile(path.join(dir, textFileOf(id).replace(/\.txt$/, '.yaml')))),
  );
  return { before, after: await exportAll(own.connection), countsBefore, countsAfter: await graphCounts(own.connection) };
}

describe('export, wipe and reload', () => {
  it('gives back the bundled article byte for byte', async () => {
    await loadArticle(own.connection);
    const { before, after, countsBefore, countsAfter } = await roundTrip(['article:trump-tomahawk-2025-10']);
    expect(before.size).toBe(2);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, content] of before) expect({ name, content: after.get(name) }).toEqual({ name, content });
    expect(countsAfter).toEqual(countsBefore);
  });

  it('gives back a generated corpus of 10,000 statements byte for byte', async () => {
    const corpus = [...generateCorpus(buildWorld(7), { seed: 7, statements: 10_000 })];
    expect(corpus.reduce((n, a) => n + a.statements.length, 0)).toBe(10_000);
    const started = Date.now();
    await ingestAll(own.connection, corpus);
    const order = ['article:trump-tomahawk-2025-10', ...corpus.map((a) => a.article.id)];
    const { before, after, countsBefore, countsAfter } = await roundTrip(order);
    expect(before.size).toBe(2 * order.length);
    let identical = 0;
    for (const [name, content] of before) if (after.get(name) === content) identical++;
    expect(identical).toBe(before.size);
    expect(countsAfter).toEqual(countsBefore);
    console.log(`round trip: ${order.length} articles, ${before.size} files byte-identical after export, wipe and reload, in ${Date.now() - started} ms.`);
  });
});

describe('neo4j-admin dump and load', () => {
  it('refuses to dump a running store, saying to stop the app', () => {
    expect(() => dumpStore(ROOT, own.dataDir, path.join(scratch, 'running.dump'))).toThrow(BackupError);
    expect(() => dumpStore(ROOT, own.dataDir, path.join(scratch, 'running.dump'))).toThrow(/offline|stop the app/);
    expect(fs.existsSync(path.join(scratch, 'running.dump'))).toBe(false);
  });

  it('gives back the same graph after a dump, a wiped store and a load', async () => {
    const before = await exportAll(own.connection);
    const countsBefore = await graphCounts(own.connection);
    await own.shutdown();
    const file = path.join(scratch, 'backup.dump');
    const started = Date.now();
    const bytes = dumpStore(ROOT, own.dataDir, file);
    const dumpMs = Date.now() - started;
    expect(bytes).toBeGreaterThan(0);
    // The store goes, as a lost disk would take it.
    fs.rmSync(path.join(own.dataDir, 'data'), { recursive: true, force: true });
    const loadStarted = Date.now();
    loadStore(ROOT, own.dataDir, file);
    const loadMs = Date.now() - loadStarted;
    await own.restart();
    expect(await graphCounts(own.connection)).toEqual(countsBefore);
    const after = await exportAll(own.connection);
    let identical = 0;
    for (const [name, content] of before) if (after.get(name) === content) identical++;
    expect(identical).toBe(before.size);
    console.log(`backup: dump ${bytes} bytes in ${dumpMs} ms, load in ${loadMs} ms; ${identical} exported files identical after the load.`);
  });

  it('refuses a dump file that is not there, naming it', () => {
    expect(() => loadStore(ROOT, path.join(scratch, 'nowhere'), path.join(scratch, 'missing.dump'))).toThrow(/There is no dump file at .*missing\.dump/);
  });
});
