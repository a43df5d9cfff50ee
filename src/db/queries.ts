import fs from 'node:fs';
import path from 'node:path';

import { QUERY_NAMES, QueryName } from './query-names';
import { TEMPLATE_VALUES } from './query-templates';

export type { QueryName };
/** A query name as the loader keys it: an app query, or a test-only one (`test/<file>`). */
export type AnyQueryName = QueryName | `test/${string}`;
export type Queries = Readonly<Record<string, string>>;

/**
 * The query files of `cypher/`, and how the loader reads them (docs/architecture.md):
 * - `<domain>/<verb-what>.cypher` is one query, named by its path without the extension
 *   (`statement/page-statements`). It opens with `//` lines saying what it does, its parameters
 *   and what it returns.
 * - `<domain>/<what>.fragment.cypher` is no query but a piece several queries share; a line
 *   `// @include <domain>/<what>` in a query is replaced by it (fragments may include others).
 * - `{{name}}` is replaced by a value of the vocabulary (query-templates.ts), such as every stated
 *   relation type joined by `|`, so that no Cypher file spells out the vocabulary itself.
 * - A header line `// @variants <param>: <v1>, <v2>, ...` makes one query per value, named
 *   `<name>[<param>=<v>]`, with `{{<param>}}` replaced: for what Cypher takes no parameter for,
 *   such as the bound of a path quantifier. It is replaced in include lines too
 *   (`// @include network/actor-edges-{{pairs}}`), so a variant can pick a fragment.
 */
const QUERY_EXT = '.cypher';
const FRAGMENT_EXT = '.fragment.cypher';
const INCLUDE = /^[ \t]*\/\/ @include ([\w/{}-]+)[ \t]*$/gm;
const VARIANTS = /^\/\/ @variants (\w+): (.+)$/m;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Loads every query under `dir` once, into a frozen map, with fragments included, vocabulary
 * placeholders filled and variants made. Throws, naming the file, on a query without a header
 * comment, an unknown include or placeholder, or an include cycle.
 */
export function loadQueries(dir: string): Queries {
  const fragments = new Map<string, string>();
  const files: [string, string][] = [];
  for (const file of walk(dir)) {
    const rel = path.relative(dir, file).replace(/\\/g, '/');
    const text = fs.readFileSync(file, 'utf8');
    if (rel.endsWith(FRAGMENT_EXT)) fragments.set(rel.slice(0, -FRAGMENT_EXT.length), text);
    else files.push([rel.slice(0, -QUERY_EXT.length), text]);
  }
  const queries: Record<string, string> = {};
  for (const [name, raw] of files) {
    if (!raw.trimStart().startsWith('//')) {
      throw new Error(
        `Cypher file ${path.join(dir, `${name}${QUERY_EXT}`)} has no header comment; start it with // lines saying what it does, its parameters and what it returns.`,
      );
    }
    // The variants header is the query's own, never a fragment's.
    const variants = VARIANTS.exec(raw);
    if (!variants) {
      queries[name] = fill(expandIncludes(raw, fragments, name, [], {}), {}, name);
      continue;
    }
    const [, param, list] = variants;
    for (const value of list.split(',').map((v) => v.trim())) {
      const variant = { [param]: value };
      queries[variantName(name, param, value)] = fill(expandIncludes(raw, fragments, name, [], variant), variant, name);
    }
  }
  return Object.freeze(queries);
}

/**
 * Loads the app's queries and checks them against the typed names of query-names.ts both ways:
 * a name the code uses whose file is gone, or a file the names do not list (run
 * `npm run cypher:names`), stops the app at start-up with one sentence naming them.
 */
export function loadAppQueries(dir: string): Queries {
  const queries = loadQueries(dir);
  const missing = QUERY_NAMES.filter((name) => queries[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`The code refers to Cypher queries that ${dir} does not have: ${missing.join(', ')}.`);
  }
  const known = new Set<string>(QUERY_NAMES);
  const unlisted = Object.keys(queries).filter((name) => !known.has(name));
  if (unlisted.length > 0) {
    throw new Error(`The Cypher queries ${unlisted.join(', ')} have no typed name in src/db/query-names.ts; run \`npm run cypher:names\`.`);
  }
  return queries;
}

/** The name of one variant of a query: `connection/find-paths[maxHops=3]`. */
export function variantName(name: string, param: string, value: string | number): string {
  return `${name}[${param}=${value}]`;
}

/** The typed name of a variant; throws, naming it, when no such variant is listed. */
export function queryVariant(name: string, param: string, value: string | number): QueryName {
  const full = variantName(name, param, value);
  if (!(QUERY_NAMES as readonly string[]).includes(full)) throw new RangeError(`The Cypher query ${full} does not exist in cypher/.`);
  return full as QueryName;
}

/** Returns the query `name`, or throws naming it. */
export function query(queries: Queries, name: string): string {
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

function expandIncludes(text: string, fragments: Map<string, string>, name: string, stack: string[], variant: Record<string, string>): string {
  return text.replace(INCLUDE, (_, written: string) => {
    const included = written.replace(PLACEHOLDER, (placeholder: string, key: string) => {
      const value = variant[key];
      if (value === undefined) throw new Error(`Cypher query ${name} includes ${written}, but ${placeholder} names none of its variants.`);
      return value;
    });
    const fragment = fragments.get(included);
    if (fragment === undefined) throw new Error(`Cypher query ${name} includes ${included}, but there is no file ${included}${FRAGMENT_EXT} in cypher/.`);
    if (stack.includes(included)) throw new Error(`Cypher query ${name} includes ${included} within itself (${[...stack, included].join(' → ')}).`);
    // A fragment's own header comment stays: the query then reads as one file with its parts explained.
    return expandIncludes(fragment, fragments, name, [...stack, included], variant).replace(/\n$/, '');
  });
}

function fill(text: string, variant: Record<string, string>, name: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = variant[key] ?? TEMPLATE_VALUES[key];
    if (value === undefined) throw new Error(`Cypher query ${name} has the placeholder {{${key}}}, which names no vocabulary value or variant.`);
    return value;
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith(QUERY_EXT)) yield full;
  }
}
