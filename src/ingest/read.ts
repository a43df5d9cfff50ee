/** Reading annotation files: YAML or JSON, with the article text they name, validated. */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { Annotation, AnnotationError } from './annotation';
import { validateAnnotation } from './validate';

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

/**
 * Reads and validates every file before anything is written: the annotations, or every file's
 * problems (each error names its file), so that a command can refuse the whole set at once.
 */
export function readAnnotationFiles(files: readonly string[]): { annotations: Annotation[]; failures: AnnotationError[] } {
  const annotations: Annotation[] = [];
  const failures: AnnotationError[] = [];
  for (const file of files) {
    try {
      annotations.push(readAnnotationFile(file));
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      failures.push(error);
    }
  }
  return { annotations, failures };
}
