import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

import { Connection } from '../../src/db/connect';
import { AnnotationError } from '../../src/ingest/annotation';
import { sliceCodePoints } from '../../src/ingest/evidence';
import { readAnnotationFile } from '../../src/ingest/read';
import { ingest } from '../../src/ingest/write';
import { Database } from '../../src/db/database';
import { extractorDraft } from '../harness/drafts';
import { ARTICLE_ANNOTATION, ARTICLE_ID, FIXTURES, connectTestDatabase, graphCounts, loadArticle, withTestQueries } from '../harness/database';

const MINI = path.join(FIXTURES, 'mini.yaml');

let connection: Connection;
let db: Database;
beforeAll(async () => {
  connection = await connectTestDatabase();
  db = withTestQueries(connection);
  await loadArticle(connection);
});
afterAll(async () => {
  await db.write('test/delete-article', { articleId: 'article:mini-test' }).catch(() => undefined);
  await connection.close();
});

/** Writes a copy of the mini fixture, changed by `edit`, next to its article text. */
function miniVariant(edit: (raw: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-annotation-'));
  const raw = YAML.parse(fs.readFileSync(MINI, 'utf8'));
  raw.article.file = path.join(FIXTURES, 'mini-article.txt');
  edit(raw);
  const file = path.join(dir, 'variant.yaml');
  fs.writeFileSync(file, YAML.stringify(raw));
  return file;
}

describe('the schema', () => {
  it('has a uniqueness constraint on the id of every node family', async () => {
    const rows = await db.read('test/list-constraints');
    const unique = rows.filter((r) => r.type === 'UNIQUENESS').map((r) => `${(r.labelsOrTypes as string[])[0]}.${(r.properties as string[])[0]}`);
    expect(unique).toEqual(expect.arrayContaining(['Entity.id', 'Article.id', 'Statement.id', 'Fact.id']));
  });

  it('has full-text indexes over names and aliases and over statement texts, with German and English analyzers', async () => {
    const rows = await db.read('test/list-fulltext-indexes');
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.entity_names).toMatchObject({ properties: ['name', 'aliasText'], analyzer: 'standard-folding' });
    expect(byName.entity_names_de).toMatchObject({ properties: ['name', 'aliasText', 'description'], analyzer: 'german' });
    expect(byName.statement_text_de).toMatchObject({ labelsOrTypes: ['Statement'], analyzer: 'german' });
    expect(byName.statement_text_en).toMatchObject({ labelsOrTypes: ['Statement'], analyzer: 'english' });
    expect(rows.every((r) => r.state === 'ONLINE')).toBe(true);
  });

  it('is applied idempotently', async () => {
    const before = await db.read('test/list-constraints');
    await connection.db.applySchema();
    expect(await db.read('test/list-constraints')).toEqual(before);
  });
});

describe('ingesting the bundled article', () => {
  it('is idempotent: loading the same file twice leaves identical counts', async () => {
    const before = await graphCounts(connection);
    await loadArticle(connection);
    expect(await graphCounts(connection)).toEqual(before);
  });

  it("stores offsets that select exactly each statement's excerpt in the article", async () => {
    const annotation = readAnnotationFile(ARTICLE_ANNOTATION);
    const rows = await db.read('test/statement-evidence', { articleId: ARTICLE_ID });
    expect(rows).toHaveLength(annotation.statements.length);
    for (const row of rows) {
      expect(sliceCodePoints(row.articleText as string, row.start as number, row.end as number)).toBe(row.excerpt);
      expect(row.excerpt).toContain(row.text);
    }
  });

  it("stores offsets that select exactly each relation's and fact's excerpt", async () => {
    const rows = await db.read('test/relation-evidence', { articleId: ARTICLE_ID });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(sliceCodePoints(row.articleText as string, row.start as number, row.end as number)).toBe(row.excerpt);
    }
  });
});

describe('an article naming its publisher', () => {
  it('is linked to it even when this annotation is the first to describe the publisher', async () => {
    const file = miniVariant((raw) => {
      raw.entities.push({ id: 'org:mini-gazette', name: 'Mini Gazette (test)', kind: 'media outlet' });
      raw.article.source = 'org:mini-gazette';
    });
    await ingest(connection.db, readAnnotationFile(file));
    expect(await db.read('test/article-source', { articleId: 'article:mini-test' })).toEqual([{ source: 'org:mini-gazette' }]);
  });
});

describe('a broken annotation file', () => {
  it('writes nothing and reports each problem with its path', async () => {
    const before = await graphCounts(connection);
    const file = miniVariant((raw) => {
      raw.statements[0].speaker = 'person:foo';
      raw.statements[1].excerpt = 'nicht im Artikel';
      raw.entities[1].id = 'person:anna-beispiel';
      raw.statements[1].mode = 'HEARSAY';
    });
    let error: unknown;
    try {
      readAnnotationFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnnotationError);
    expect((error as AnnotationError).problems.map((p) => p.path)).toEqual(['statements[1].mode']);
    // Cross-reference problems are reported once the structure is sound.
    const structural = miniVariant((raw) => {
      raw.statements[0].speaker = 'person:foo';
      raw.statements[1].excerpt = 'nicht im Artikel';
      raw.entities[1].id = 'person:anna-beispiel';
    });
    expect(() => readAnnotationFile(structural)).toThrow(
      /entities\[1\]\.id: duplicate id "person:anna-beispiel"\.[\s\S]*statements\[0\]\.speaker: unknown entity "person:foo"\.[\s\S]*statements\[1\]\.excerpt: the excerpt "nicht im Artikel" does not occur/,
    );
    expect(await graphCounts(connection)).toEqual(before);
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-annotation-'));
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(file, 'article:\n  id: [unclosed\n');
    expect(() => readAnnotationFile(file)).toThrow(/line \d+, column \d+/);
  });
});

describe('re-ingesting a changed annotation', () => {
  it("replaces that article's statements and leaves other articles untouched", async () => {
    await ingest(connection.db, readAnnotationFile(miniVariant(() => undefined)));
    const bundled = await db.read('test/article-statement-ids', { articleId: ARTICLE_ID });
    const changed = miniVariant((raw) => {
      raw.statements.pop();
      raw.statements[0].translation = 'We deliver no missiles.';
    });
    await ingest(connection.db, readAnnotationFile(changed));
    const mini = await db.read('test/article-statement-ids', { articleId: 'article:mini-test' });
    expect(mini).toEqual([{ id: 'statement:mini-test-01', translation: 'We deliver no missiles.' }]);
    expect(await db.read('test/article-statement-ids', { articleId: ARTICLE_ID })).toEqual(bundled);
  });

  it('refuses a statement id that belongs to another article, writing nothing', async () => {
    const before = await graphCounts(connection);
    const stolen = miniVariant((raw) => {
      raw.article.id = 'article:mini-thief';
      raw.statements[0].id = 'statement:mini-test-01';
      raw.statements[1].id = 'statement:mini-thief-02';
    });
    await expect(ingest(connection.db, readAnnotationFile(stolen))).rejects.toThrow(/"statement:mini-test-01" already belongs to article "article:mini-test"/);
    expect(await graphCounts(connection)).toEqual(before);
  });
});

describe('a draft of machine-proposed statements', () => {
  const TEXT = fs.readFileSync(path.join(FIXTURES, 'mini-article.txt'), 'utf8');
  const draft = (edit: (raw: any) => void = () => undefined) =>
    miniVariant((raw) => {
      const { fields, span } = extractorDraft(TEXT, 'Der Minister Bert Muster widersprach ihr.', 0.42);
      // The first statement names the bundled article's Trump by id alone; the second has no speaker.
      raw.entities.push({ id: 'person:donald-trump' });
      raw.statements[0].speaker = 'person:donald-trump';
      Object.assign(raw.statements[1], { ...fields, cue: span(25, 'widersprach'), about: [] });
      delete raw.statements[1].speaker;
      edit(raw);
    });

  it('is written with its provenance, spans and references, and a statement without a speaker has none', async () => {
    await ingest(connection.db, readAnnotationFile(draft()));
    const rows = await db.read('test/statement-provenance', { articleId: 'article:mini-test' });
    expect(rows.map((r) => [r.id, r.provenance, r.confidence, r.extractor, r.speaker, r.cue])).toEqual([
      ['statement:mini-test-01', 'CURATED', null, null, 'person:donald-trump', null],
      ['statement:mini-test-02', 'AUTOMATIC', 0.42, 'stancegraph-extract 1.0', null, 'widersprach'],
    ]);
    expect(sliceCodePoints(rows[1].articleText as string, rows[1].cueStart as number, (rows[1].cueStart as number) + 11)).toBe('widersprach');
  });

  it('is refused, writing nothing, when it names by id alone an entity the graph lacks', async () => {
    const before = await graphCounts(connection);
    const missing = draft((raw) => {
      raw.entities.push({ id: 'person:nobody-anywhere' });
      raw.statements[0].speaker = 'person:nobody-anywhere';
      raw.statements[0].id = 'statement:mini-test-99';
    });
    await expect(ingest(connection.db, readAnnotationFile(missing))).rejects.toThrow(
      /entities\[5\]\.id: "person:nobody-anywhere" is named by id alone, but the graph has no such entity/,
    );
    expect(await graphCounts(connection)).toEqual(before);
  });
});
