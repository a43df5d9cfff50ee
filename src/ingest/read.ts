import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { Database } from '../db/database';
import { Annotation, AnnotationError } from './annotation';
import { planIngest } from './plan';
import { validateAnnotation } from './validate';

/** What one ingest wrote. */
export interface IngestResult {
  articleId: string;
  entities: number;
  relations: number;
  facts: number;
  statements: number;
}

/**
 * Reads an annotation file (YAML or JSON) and the article text its `article.file` names,
 * and validates both. Throws an AnnotationError listing every problem with its path.
 */
export function readAnnotationFile(file: string): Annotation {
  const source = path.resolve(file);
  let content: string;
  try {
    content = fs.readFileSync(source, 'utf8');
  } catch (error) {
    throw new AnnotationError(file, [{ path: '(file)', message: `cannot be read: ${(error as Error).message}.` }]);
  }
  const raw = parseYaml(content, file);
  const articleFile = (raw as { article?: { file?: unknown } } | null)?.article?.file;
  let text: string | undefined;
  if (typeof articleFile === 'string') {
    const textPath = path.resolve(path.dirname(source), articleFile);
    try {
      text = fs.readFileSync(textPath, 'utf8');
    } catch {
      throw new AnnotationError(file, [{ path: 'article.file', message: `the article text "${articleFile}" cannot be read (looked at ${textPath}).` }]);
    }
  }
  return validateAnnotation(raw, text, file);
}

/** Parses YAML (JSON is YAML too), reporting syntax errors with their line and column. */
export function parseYaml(content: string, source: string): unknown {
  const doc = YAML.parseDocument(content, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new AnnotationError(
      source,
      doc.errors.map((e) => ({
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '(syntax)',
        message: `${e.message.split('\n')[0]}.`,
      })),
    );
  }
  return doc.toJS();
}

/**
 * Writes one validated article all-or-nothing, in a single transaction: what the article
 * contributed before is removed first, so re-ingesting is idempotent and a changed annotation
 * replaces that article's statements without touching other articles.
 */
export async function ingest(db: Database, annotation: Annotation): Promise<IngestResult> {
  const plan = planIngest(annotation);
  const { articleId } = plan;
  return db.writeAll(async (run) => {
    const conflicts = await run('ingest/find-foreign-statements', { articleId, ids: plan.statements.map((s) => s.id) });
    if (conflicts.length > 0) {
      throw new AnnotationError(
        articleId,
        conflicts.map((c) => ({
          path: `statements[${plan.statements.findIndex((s) => s.id === c.id)}].id`,
          message: `"${c.id}" already belongs to article "${c.articleId}"; statement ids are global.`,
        })),
      );
    }
    await run('ingest/delete-article-content', { articleId });
    await run('ingest/merge-article', { article: plan.article });
    await run('ingest/merge-entities', { articleId, entities: plan.entities });
    if (plan.article.source) await run('ingest/link-source', { articleId, source: plan.article.source });
    await run('ingest/merge-facts', { articleId, facts: plan.facts });
    await run('ingest/merge-relations', { articleId, relations: plan.relations });
    await run('ingest/merge-participants', { articleId, participants: plan.participants });
    await run('ingest/merge-statements', { articleId, statements: plan.statements });
    return {
      articleId,
      entities: plan.entities.length,
      relations: annotation.relations.length,
      facts: plan.facts.length,
      statements: plan.statements.length,
    };
  });
}

/** The bundled annotation files, in name order. */
export function bundledAnnotationFiles(rootDir: string): string[] {
  const dir = path.join(rootDir, 'data', 'annotations');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}
