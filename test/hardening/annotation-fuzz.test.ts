import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { AnnotationError } from '../../src/ingest/annotation';
import { validateAnnotation } from '../../src/ingest/validate';
import { ARTICLE_ANNOTATION, FIXTURES, graphCounts, withTestQueries } from '../harness/database';
import { AnnotationMutator } from '../harness/fuzz';
import { TestServer, startTestServer } from '../harness/server';

/**
 * An annotation fuzzer: 2,000 mutated annotation files (fields deleted or swapped, values of the
 * wrong type, huge values, offsets one off, hostile strings), half from the bundled article and
 * half from the mini fixture. The validator never throws anything but an AnnotationError, and
 * every problem it reports has a path and a sentence. Every mutated mini file is then sent to
 * `ingestArticle` with an editor's key: a refused one leaves the graph exactly as it was, an
 * accepted one is written whole. The seed is printed; `FUZZ_SEED=<seed>` replays a run.
 */
jest.setTimeout(600_000);

const FILES = Number(process.env.FUZZ_FILES ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const EDITOR_KEY = 'editor-key-annotation-fuzz-0123456789';
const ARTICLE = 'article:mini-fuzz';
const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId statements } }';

let server: TestServer;
let entitiesBefore: Set<string>;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: '', API_KEYS: `fuzz=editor:${EDITOR_KEY}` });
  entitiesBefore = new Set((await withTestQueries(server.connection).read('test/entity-ids')).map((r) => r.id as string));
});
afterAll(async () => {
  const db = withTestQueries(server.connection);
  await db.write('test/delete-article', { articleId: ARTICLE });
  const created = (await db.read('test/entity-ids')).map((r) => r.id as string).filter((id) => !entitiesBefore.has(id));
  await db.write('test/delete-entities', { ids: created });
  await server.stop();
});

function base(file: string): { raw: any; text: string } {
  const raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  const text = fs.readFileSync(path.resolve(path.dirname(file), raw.article.file), 'utf8');
  delete raw.article.file;
  return { raw, text };
}

it(`validates ${FILES} mutated annotation files without throwing, every problem with its path, and writes none of them partly`, async () => {
  console.log(`annotation fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${FILES} files.`);
  const seedFile = base(ARTICLE_ANNOTATION);
  const mini = base(path.join(FIXTURES, 'mini.yaml'));
  mini.raw.article.id = ARTICLE;
  mini.raw.statements.forEach((s: any, i: number) => (s.id = `statement:mini-fuzz-0${i + 1}`));
  const mutator = new AnnotationMutator(SEED);
  const failures: string[] = [];
  let valid = 0;
  let problems = 0;
  let refusedWrites = 0;
  let writes = 0;
  const counts = await graphCounts(server.connection);
  let current = counts;
  for (let i = 0; i < FILES; i++) {
    const from = i % 2 === 0 ? seedFile : mini;
    const { raw, did } = mutator.mutate(from.raw);
    const what = `file ${i} (${from === mini ? 'mini' : 'seed'}: ${did.join('; ')})`;
    let statements: number | null = null;
    try {
      statements = validateAnnotation(raw, from.text, 'fuzz').statements.length;
      valid++;
    } catch (error) {
      if (!(error instanceof AnnotationError)) {
        failures.push(`${what}: the validator threw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
        continue;
      }
      problems += error.problems.length;
      if (error.problems.length === 0) failures.push(`${what}: refused without a problem`);
      for (const p of error.problems) {
        if (typeof p.path !== 'string' || p.path === '' || typeof p.message !== 'string' || !/\S/.test(p.message)) {
          failures.push(`${what}: a problem without a path or a sentence: ${JSON.stringify(p).slice(0, 200)}`);
        }
      }
    }
    if (from !== mini) continue;
    // Through the API, as an editor would send it: all or nothing.
    let annotation: string;
    try {
      annotation = YAML.stringify(raw);
    } catch {
      continue;
    }
    const res = await server.graphql(INGEST, { input: { annotation, text: from.text } }, { authorization: `Bearer ${EDITOR_KEY}` });
    if (res.status >= 500 || res.body.errors?.some((e: any) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      failures.push(`${what}: ingestArticle answered HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    const after = await graphCounts(server.connection);
    if (res.body.data?.ingestArticle) {
      writes++;
      if (res.body.data.ingestArticle.statements !== statements)
        failures.push(`${what}: written with ${res.body.data.ingestArticle.statements} statements, validated with ${statements}`);
      current = after;
    } else {
      refusedWrites++;
      if (JSON.stringify(after) !== JSON.stringify(current)) failures.push(`${what}: a refused write changed the graph`);
    }
  }
  console.log(
    `annotation fuzz: ${FILES} files, ${valid} still valid, ${FILES - valid} refused with ${problems} problems; ` +
      `through ingestArticle ${writes} written whole, ${refusedWrites} refused with the graph unchanged; ${failures.length} failures.`,
  );
  expect(failures.slice(0, 20)).toEqual([]);
  expect(FILES - valid).toBeGreaterThan(FILES / 2);
});
