import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Lexicons are YAML data files in this folder (`src/extract/lexicon/`), each opening with a
 * header that says where its entries come from. `tsc` does not copy them to `dist/`, so the
 * compiled code finds them by walking up to the package root and down into `src/`.
 */
export const LEXICON_DIR = findLexiconDir();

function findLexiconDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'src', 'extract', 'lexicon');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return __dirname;
    dir = parent;
  }
}

const cache = new Map<string, unknown>();

/** Reads and caches one lexicon file, e.g. `de/reporting-verbs.yaml`. */
export function loadLexicon<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = YAML.parse(fs.readFileSync(path.join(LEXICON_DIR, file), 'utf8'));
    cache.set(file, value);
  }
  return value as T;
}

/** A lexicon that is a list of words, looked up in lower case. */
export function wordSet(file: string, key?: string): ReadonlySet<string> {
  const data = loadLexicon<Record<string, string[]> | string[]>(file);
  const list = Array.isArray(data) ? data : key ? (data[key] ?? []) : Object.values(data).flat();
  return new Set(list.map((w) => w.toLowerCase()));
}
