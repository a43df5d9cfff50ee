import fs from 'node:fs';
import path from 'node:path';

/** Where the app finds its Neo4j: a server the user runs, or the embedded one it starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database: string }
  | { kind: 'embedded'; dataDir: string; boltPort: number; pageCacheMb: number; heapMb: number; database: string };

/** The app's configuration, read once from the environment at start-up. */
export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jTarget;
  /** Load the bundled article and its annotation at start-up. */
  loadBundledData: boolean;
  /** The project root: `cypher/`, `data/` and `neo4j/` are found from here. */
  rootDir: string;
}

/** Raised for a bad environment variable; its message is one sentence for the user. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One documented setting: the README's configuration table is written from this list. */
export interface Setting {
  name: string;
  default: string;
  description: string;
}

export const SETTINGS: readonly Setting[] = [
  { name: 'PORT', default: '4000', description: 'HTTP port of the GraphQL server.' },
  { name: 'HOST', default: '127.0.0.1', description: 'Interface the HTTP server listens on (`0.0.0.0` for all).' },
  { name: 'NEO4J_URI', default: '(unset)', description: 'Use this Neo4j instead of starting the embedded one (`bolt://`, `neo4j://`, `neo4j+s://`...).' },
  { name: 'NEO4J_USER', default: 'neo4j', description: 'User for `NEO4J_URI`.' },
  { name: 'NEO4J_PASSWORD', default: '(empty)', description: 'Password for `NEO4J_URI`.' },
  { name: 'NEO4J_DATABASE', default: 'neo4j', description: 'Database name on the Neo4j server.' },
  { name: 'NEO4J_DATA_DIR', default: '.data/neo4j', description: 'Folder of the embedded Neo4j\'s data (kept between starts).' },
  { name: 'NEO4J_BOLT_PORT', default: '7687', description: 'Loopback Bolt port of the embedded Neo4j.' },
  { name: 'NEO4J_PAGE_CACHE_MB', default: '256', description: 'Page cache of the embedded Neo4j, in MiB.' },
  { name: 'NEO4J_HEAP_MB', default: '1024', description: 'Maximum Java heap of the embedded Neo4j, in MiB.' },
  { name: 'LOAD_BUNDLED_DATA', default: 'true', description: 'Load the bundled article(s) in `data/annotations/` at start-up (idempotent).' },
];

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, rootDir = projectRoot()): Config {
  const database = text(env, 'NEO4J_DATABASE', 'neo4j');
  const uri = env.NEO4J_URI?.trim();
  const neo4j: Neo4jTarget = uri
    ? {
        kind: 'external',
        uri: neo4jUri(uri),
        user: text(env, 'NEO4J_USER', 'neo4j'),
        password: env.NEO4J_PASSWORD ?? '',
        database,
      }
    : {
        kind: 'embedded',
        dataDir: path.resolve(rootDir, text(env, 'NEO4J_DATA_DIR', '.data/neo4j')),
        boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
        pageCacheMb: integer(env, 'NEO4J_PAGE_CACHE_MB', 256, 16, 1 << 20),
        heapMb: integer(env, 'NEO4J_HEAP_MB', 1024, 128, 1 << 20),
        database,
      };
  return {
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    neo4j,
    loadBundledData: boolean(env, 'LOAD_BUNDLED_DATA', true),
    rootDir,
  };
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function neo4jUri(value: string): string {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI "${value}" is not a Neo4j URI: it must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}.`,
    );
  }
  return value;
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value.trim() === '') throw new ConfigError(`${name} is blank; unset it to use the default "${fallback}".`);
  return value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} "${value}" is not a whole number between ${min} and ${max}.`);
  }
  return Number(value);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(`${name} "${env[name]}" is not a boolean: use true or false.`);
}

/** The folder holding package.json, found upwards from this file (it runs from src/ and from dist/src/). */
export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project root (package.json beside cypher/) above ${from}.`);
  }
}
