import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { Database } from '../../src/db/database';
import { AppError } from '../../src/errors';
import { Annotation } from '../../src/ingest/annotation';
import { ingest } from '../../src/ingest/write';
import { validateAnnotation } from '../../src/ingest/validate';
import { ARTICLE_ANNOTATION, ARTICLE_ID, ROOT, graphCounts, withTestQueries } from '../harness/database';
import { ConnectedNeo4j, startConnectedNeo4j } from '../harness/neo4j';
import { unhandledRejections } from '../harness/rejections';
import { TestServer, startTestServer } from '../harness/server';

/**
 * The database dies in the middle of an ingest: the JVM is SIGKILLed just as the ingest sends its
 * statements, after it has already deleted the article's old content and written the new
 * entities in the same transaction. After a restart the graph must hold the whole previous state
 * and nothing of the interrupted ingest, and the ingest must have failed with a clean error.
 */
jest.setTimeout(150_000);

const EDITOR_KEY = 'editor-key-0123456789abcdef';
/** The step at which Neo4j dies: the last query of the ingest's transaction, before its commit. */
const FAULT_STEP = 'ingest/merge-statements';
/** Statements the changed version leaves out (the article has 69). */
const DROPPED = 10;

/** The file's own Neo4j, killed and restarted by the tests, and the one driver that outlives it. */
let own: ConnectedNeo4j;
const rejections = unhandledRejections();

beforeAll(async () => {
  rejections.start();
  own = await startConnectedNeo4j();
});
afterAll(async () => {
  await own?.stop();
  rejections.stop();
  expect(rejections.seen).toEqual([]);
});

/** The bundled annotation as parsed YAML, `article.file` removed, so a test can change it. */
function rawArticle(): any {
  const raw = YAML.parse(fs.readFileSync(ARTICLE_ANNOTATION, 'utf8'));
  delete raw.article.file;
  return raw;
}
const ARTICLE_TEXT = fs.readFileSync(path.join(ROOT, 'data', 'articles', 'trump-tomahawk-2025-10.de.txt'), 'utf8');

/** The article, or its changed version: fewer statements and one translation reworded. */
function article(changed: boolean): any {
  const raw = rawArticle();
  if (changed) {
    raw.statements = raw.statements.slice(0, -DROPPED);
    raw.statements[0].translation = 'A changed translation.';
  }
  return raw;
}
const annotation = (changed: boolean): Annotation => validateAnnotation(article(changed), ARTICLE_TEXT, 'test');

/** Everything the comparison looks at: counts by label and type, and the article's statements. */
async function graphState(): Promise<{ counts: Record<string, number>; statements: unknown[] }> {
  return {
    counts: await graphCounts(own.connection),
    statements: await withTestQueries(own.connection).read('test/article-statements-digest', { articleId: ARTICLE_ID }),
  };
}

/**
 * The database, killed by the first `FAULT_STEP` query sent while `armed()` holds. The kill
 * blocks until the JVM has died, so that query and the commit can only meet a dead server.
 */
function killingAt(db: Database, armed: () => boolean = () => true): { db: Database; killedAt: () => number | undefined } {
  let killedAt: number | undefined;
  const observed = db.observed((name) => {
    if (name === FAULT_STEP && armed() && killedAt === undefined) {
      own.kill();
      killedAt = Date.now();
    }
  });
  return { db: observed, killedAt: () => killedAt };
}

/** Runs `ingest` against a database that dies mid-way; returns its error and how long it took to fail after the kill. */
async function interruptedIngest(annotationToWrite: Annotation): Promise<{ error: unknown; ms: number }> {
  const fault = killingAt(own.connection.db);
  const error = await ingest(fault.db, annotationToWrite).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fault.killedAt()).toBeDefined();
  return { error, ms: Date.now() - fault.killedAt()! };
}

/** A clean unavailability error: the app's own, with its code, never a raw driver error. */
function expectUnavailable(error: unknown): void {
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('SERVICE_UNAVAILABLE');
  expect((error as AppError).message).toBe('The database is unavailable right now; please retry in a few seconds.');
}

describe('an ingest interrupted by a database crash', () => {
  it('leaves none of a first ingest', async () => {
    const empty = await graphState();
    expect(empty.statements).toEqual([]);

    const { error, ms } = await interruptedIngest(annotation(false));
    expectUnavailable(error);
    // Within the retry window (3 s from the first attempt), well inside a request deadline.
    expect(ms).toBeLessThan(5_000);
    process.stdout.write(`\ningest-fault: a first ingest failed ${ms} ms after the kill.\n`);

    await own.restart();
    expect(await graphState()).toEqual(empty);
  });
});

/**
 * The re-ingest of a changed annotation goes through the ingestArticle mutation, which runs the
 * same ingest() in the request's view of the database: one JVM restart covers both (a restart
 * takes 10-30 s on a loaded machine, and each fault needs one).
 */
describe('a re-ingest through the ingestArticle mutation interrupted by a database crash', () => {
  let server: TestServer;
  let fault: ReturnType<typeof killingAt>;
  let armed = false;
  beforeAll(async () => {
    // The server's database reports its queries here too (a request's view adds its own listener).
    fault = killingAt(own.connection.db, () => armed);
    server = await startTestServer({ API_KEYS: `editor:${EDITOR_KEY}` }, { ...own.connection, db: fault.db });
  });
  afterAll(() => server?.stop());

  const mutate = (changed: boolean) =>
    server.graphql(
      'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId statements } }',
      { input: { annotation: YAML.stringify(article(changed)), text: ARTICLE_TEXT } },
      { authorization: `Bearer ${EDITOR_KEY}` },
    );

  it('answers SERVICE_UNAVAILABLE, leaves exactly the old version, and ingests the change once the database is back', async () => {
    // startTestServer has just ingested the article, as it stands in data/annotations.
    const old = await graphState();
    expect(old.statements).toHaveLength(69);

    armed = true;
    const res = await mutate(true);
    const ms = Date.now() - fault.killedAt()!;
    armed = false;
    expect(res.status).toBe(503);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({
      message: 'The database is unavailable right now; please retry in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      path: ['ingestArticle'],
    });
    expect(ms).toBeLessThan(5_000);
    process.stdout.write(`\ningest-fault: the mutation answered SERVICE_UNAVAILABLE ${ms} ms after the kill.\n`);
    // The server is still there, and says where the problem is.
    expect((await fetch(`${server.url}/health`)).status).toBe(503);

    await own.restart();
    expect(await graphState()).toEqual(old);

    // The change itself shows once an ingest completes: the comparison above was against a real difference.
    const again = await mutate(true);
    expect(again.body).toEqual({ data: { ingestArticle: { articleId: ARTICLE_ID, statements: 69 - DROPPED } } });
    const changed = await graphState();
    expect(changed.statements).toHaveLength(69 - DROPPED);
    expect(changed.statements[0]).toMatchObject({ translation: 'A changed translation.' });
  });
});
