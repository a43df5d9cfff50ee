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
  /** Production mode: no stack traces or internal messages reach clients. */
  production: boolean;
  limits: Limits;
  auth: AuthConfig;
  /** Bound on how long SIGTERM waits for in-flight requests, ms. */
  shutdownTimeoutMs: number;
  /** Budget of the start-up warm-up (src/server/warm-up.ts); 0 skips it. */
  warmUpMs: number;
  /** The project root: `cypher/`, `data/` and `neo4j/` are found from here. */
  rootDir: string;
}

/** Limits every GraphQL request is held to, before and during execution (see README). */
export interface Limits {
  /** Deadline of a request, ms; database transactions get a timeout below it. */
  requestTimeoutMs: number;
  maxDepth: number;
  /** Maximum estimated number of nodes an operation may return (the GitHub-style cost). */
  maxCost: number;
  /** Assumed size of a list field that takes no `first` argument, for the cost estimate. */
  listSizeEstimate: number;
  maxAliases: number;
  maxRootFields: number;
  /** Maximum size of a GraphQL document (the query text), bytes. */
  maxDocumentBytes: number;
  /** Maximum size of a request body (document plus variables, e.g. an article to ingest), bytes. */
  maxBodyBytes: number;
  /** Maximum operations in one batched HTTP request; 1 turns batching off. */
  maxBatch: number;
}

export type Role = 'reader' | 'editor';

/** API keys and what they may do; keys are secrets and never logged. */
export interface AuthConfig {
  keys: { key: string; role: Role }[];
  /** Reads need a key too (any role); by default reads are open. */
  readRequiresKey: boolean;
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
  { name: 'NODE_ENV', default: '(unset)', description: '`production` hides stack traces and internal messages from clients.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'Log level of the JSON logs: fatal, error, warn, info, debug, trace or silent.' },
  { name: 'API_KEYS', default: '(none)', description: 'Comma-separated `role:key` pairs (`editor:...`, `reader:...`); keys of at least 16 characters.' },
  { name: 'READ_REQUIRES_KEY', default: 'false', description: 'Require a key (any role) for queries too.' },
  { name: 'REQUEST_TIMEOUT_MS', default: '10000', description: 'Deadline of every request.' },
  { name: 'MAX_QUERY_DEPTH', default: '10', description: 'Deepest selection nesting allowed (introspection fields excluded).' },
  { name: 'MAX_QUERY_COST', default: '20000', description: 'Most nodes an operation may ask for, estimated from `first` arguments.' },
  { name: 'LIST_SIZE_ESTIMATE', default: '20', description: 'Size assumed for a list field without `first`, in the cost estimate.' },
  { name: 'MAX_ALIASES', default: '30', description: 'Most aliased fields in one document.' },
  { name: 'MAX_ROOT_FIELDS', default: '20', description: 'Most top-level fields in one operation.' },
  { name: 'MAX_DOCUMENT_BYTES', default: '32768', description: 'Largest GraphQL document (query text), in bytes.' },
  { name: 'MAX_BODY_BYTES', default: '4194304', description: 'Largest request body (document plus variables, e.g. an article to ingest), in bytes.' },
  { name: 'MAX_BATCH', default: '1', description: 'Most operations in one batched request; 1 means batching is off.' },
  { name: 'SHUTDOWN_TIMEOUT_MS', default: '15000', description: 'How long SIGTERM waits for in-flight requests.' },
  { name: 'WARM_UP_MS', default: '30000', description: 'Most time spent answering the example queries once before serving, so the first users do not wait for query planning; 0 skips it.' },
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
    production: env.NODE_ENV === 'production',
    limits: {
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
      maxCost: integer(env, 'MAX_QUERY_COST', 20_000, 1, 10_000_000),
      listSizeEstimate: integer(env, 'LIST_SIZE_ESTIMATE', 20, 1, 10_000),
      maxAliases: integer(env, 'MAX_ALIASES', 30, 0, 10_000),
      maxRootFields: integer(env, 'MAX_ROOT_FIELDS', 20, 1, 10_000),
      maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', 32_768, 1_024, 10_485_760),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 4_194_304, 1_024, 104_857_600),
      maxBatch: integer(env, 'MAX_BATCH', 1, 1, 100),
    },
    auth: {
      keys: apiKeys(env.API_KEYS),
      readRequiresKey: boolean(env, 'READ_REQUIRES_KEY', false),
    },
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 15_000, 0, 600_000),
    warmUpMs: integer(env, 'WARM_UP_MS', 30_000, 0, 600_000),
    rootDir,
  };
}

/** Parses API_KEYS: `role:key` pairs separated by commas. The error never repeats a key. */
function apiKeys(value: string | undefined): AuthConfig['keys'] {
  if (!value || value.trim() === '') return [];
  return value.split(',').map((pair, i) => {
    const [role, ...rest] = pair.trim().split(':');
    const key = rest.join(':');
    if (role !== 'editor' && role !== 'reader') {
      throw new ConfigError(`API_KEYS entry ${i + 1} has the role "${role}"; use "editor:<key>" or "reader:<key>".`);
    }
    if (key.length < 16 || /\s/.test(key)) {
      throw new ConfigError(`API_KEYS entry ${i + 1} (role ${role}) has a key shorter than 16 characters or containing spaces; use a long random key.`);
    }
    return { role, key };
  });
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
