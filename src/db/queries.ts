import fs from 'node:fs';
import path from 'node:path';

/** The named Cypher queries of `cypher/`, keyed by path without extension: `statement/by-ids`. */
export type QueryName = string;
export type Queries = Readonly<Record<QueryName, string>>;

/**
 * Loads every `.cypher` file under `dir` once, into a frozen map.
 * Refuses a file that does not open with a `//` header comment: each says what it does,
 * its parameters and what it returns.
 */
export function loadQueries(dir: string): Queries {
  const queries: Record<string, string> = {};
  for (const file of walk(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
    if (!text.trimStart().startsWith('//')) {
      throw new Error(`Cypher file ${file} has no header comment; start it with // lines saying what it does, its parameters and what it returns.`);
    }
    queries[name] = text;
  }
  return Object.freeze(queries);
}

/** Returns the query `name`, or throws naming it: a missing file is a bug, found at start-up by `requireQueries`. */
export function query(queries: Queries, name: QueryName): string {
  const text = queries[name];
  if (text === undefined) throw new Error(`The Cypher query "${name}" does not exist in cypher/.`);
  return text;
}

/** Splits a multi-statement file (only the schema has one) into its statements, comments removed. */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.cypher')) yield full;
  }
}
