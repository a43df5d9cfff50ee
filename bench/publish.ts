/**
 * `npm run bench:publish`: how long publishing a reviewed draft of 100 statements takes, on a
 * throwaway Neo4j of its own: the whole publish (loading the draft, the loader's validation, the
 * write of the article's statements with the closing of the draft and the publish record, in one
 * transaction), the first time and as a republish that replaces every statement, on a server
 * that has loaded its bundled article and planned the review queries as `npm start` does. The draft is generated from sentences
 * written for the bench.
 */
import 'reflect-metadata';

import { DraftContent } from '../src/drafts/validate';
import { DraftStatement } from '../src/drafts/model';
import { draftService } from '../src/graph/draft/draft.service';
import { projectRoot } from '../src/config';
import { bundledAnnotationFiles, readAnnotationFile } from '../src/ingest/read';
import { ingest } from '../src/ingest/write';
import { log } from '../src/log';
import { planReviewQueries } from '../src/server/warm-up';
import { startConnectedNeo4j } from '../test/harness/neo4j';

const STATEMENTS = 100;
const RUNS = 8;
const SENTENCE = (i: number) => `„Wir verhandeln weiter über Punkt ${i}“, sagte die Sprecherin Nummer ${i % 7} am Montag.`;

/** An article of STATEMENTS quotes and a draft accepting each, its speaker one of seven new persons. */
function draft(run: number): DraftContent {
  const lines = ['Verhandlungsbericht', ...Array.from({ length: STATEMENTS }, (_, i) => SENTENCE(i))];
  const text = lines.join('\n');
  let offset = [...lines[0]].length + 1;
  const statements = lines.slice(1).map((line, i): DraftStatement => {
    const quote = `Wir verhandeln weiter über Punkt ${i}`;
    const start = offset + 1;
    const s: DraftStatement = {
      key: `p${i + 1}`,
      origin: 'PROPOSED',
      decision: 'ACCEPTED',
      edited: i % 3 === 0,
      statementId: null,
      start,
      end: start + [...quote].length,
      text: quote,
      excerptStart: offset,
      excerptEnd: offset + [...line].length,
      mode: 'DIRECT_QUOTE',
      attribution: 'ON_RECORD',
      speaker: `person:bench-speaker-${i % 7}`,
      speakerMention: null,
      cue: null,
      reportedBy: null,
      event: null,
      about: ['topic:bench-negotiations'],
      stances: [{ topic: 'topic:bench-negotiations', stance: i % 2 ? 'SUPPORT' : 'OPPOSE' }],
      provenance: null,
      confidence: 0.8,
      extractor: 'stancegraph-extract 1.0',
      date: null,
      translation: null,
      notes: [`run ${run}`],
    };
    offset += [...line].length + 1;
    return s;
  });
  return {
    article: { id: 'article:bench-publish', title: 'Verhandlungsbericht', language: 'de', text, url: null, publishedAt: null, source: null },
    entities: [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `person:bench-speaker-${i}`, type: 'Person' as const, name: `Sprecherin ${i}`, aliases: [] })),
      { id: 'topic:bench-negotiations', type: 'Topic' as const, name: 'Negotiations (bench)', aliases: [] },
    ],
    statements,
  };
}

async function main(): Promise<void> {
  const neo = await startConnectedNeo4j();
  const times: number[] = [];
  try {
    const db = neo.connection.db;
    // As a running server has: it loads its bundled article at start, so the write path's
    // queries are planned before the first publish.
    for (const file of bundledAnnotationFiles(projectRoot())) await ingest(db, readAnnotationFile(file));
    await planReviewQueries(db, log);
    for (let run = 0; run < RUNS; run++) {
      const created = await draftService.create(db, draft(run), 'bench');
      const started = performance.now();
      const outcome = await draftService.publish(db, created.id, created.version, 'bench');
      times.push(performance.now() - started);
      if ((outcome.publication.statements as number) !== STATEMENTS)
        throw new Error(`Published ${outcome.publication.statements} statements, not ${STATEMENTS}.`);
    }
  } finally {
    await neo.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (x: number) => `${Math.round(x)} ms`;
  process.stdout.write(
    `Publishing a draft of ${STATEMENTS} statements, ${RUNS} times (the first a new article, the rest republishes replacing every statement):\n` +
      `  first ${ms(times[0])}; median ${ms(sorted[Math.floor(RUNS / 2)])}; max ${ms(sorted[RUNS - 1])}; all: ${times.map(ms).join(', ')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
