import fs from 'node:fs';
import path from 'node:path';

import { Role, SettingName, setting } from './settings';
import { availableMemoryMb, neo4jMemory } from '../neo4j/memory';

export { ConfigError, SETTINGS } from './settings';
export type { Role };

/** Where the app finds its Neo4j: a server the user runs, or the embedded one it starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database: string }
  | {
      kind: 'embedded';
      dataDir: string;
      boltPort: number;
      pageCacheMb: number;
      heapMb: number;
      /** The memory the unset sizes were taken from, and whether that is the machine's or its container's. */
      totalMb: number;
      source: 'machine' | 'cgroup';
      database: string;
    };

/** The app's configuration, read once from the environment at start-up. */
export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jTarget;
  /** Load the bundled article and its annotation at start-up. */
  loadBundledData: boolean;
  /**
   * Development mode (NODE_ENV=development): stack traces and internal messages reach clients.
   * Anything else, unset included (how `npm start` runs), masks them: safe is the default.
   */
  development: boolean;
  limits: Limits;
  auth: AuthConfig;
  /** The level of the JSON logs (src/log.ts). */
  logLevel: string;
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
  /** Deadline of an export, ms (longer: a file of every statement streams for a while). */
  exportTimeoutMs: number;
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
  /** Token buckets of cost points per API key and per client address (src/server/rate-limit.ts). */
  rate: RateLimits;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
}

/** One kind of caller's bucket: its size in cost points (0: no limit), its refill and the setting naming it. */
export interface RateRule {
  points: number;
  perSecond: number;
  setting: 'RATE_LIMIT_POINTS' | 'RATE_LIMIT_ANONYMOUS_POINTS';
}

/** The buckets of callers with an API key (one per key) and without one (one per client address). */
export interface RateLimits {
  keyed: RateRule;
  anonymous: RateRule;
}

/** API keys and what they may do; keys are secrets and never logged. */
export interface AuthConfig {
  keys: { key: string; role: Role; name: string }[];
  /** Reads need a key too (any role); by default reads are open. */
  readRequiresKey: boolean;
}

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration (settings.ts); throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, rootDir = projectRoot(), memory = availableMemoryMb): Config {
  const read = <N extends SettingName>(name: N) => setting(env, name);
  const database = read('NEO4J_DATABASE');
  const uri = read('NEO4J_URI');
  const neo4j: Neo4jTarget = uri
    ? { kind: 'external', uri, user: read('NEO4J_USER'), password: read('NEO4J_PASSWORD'), database }
    : {
        kind: 'embedded',
        dataDir: path.resolve(rootDir, read('NEO4J_DATA_DIR')),
        boltPort: read('NEO4J_BOLT_PORT'),
        // Unset sizes come from the machine's memory at start-up (src/neo4j/memory.ts).
        ...neo4jMemory({ pageCacheMb: read('NEO4J_PAGE_CACHE_MB'), heapMb: read('NEO4J_HEAP_MB') }, memory()),
        database,
      };
  return {
    host: read('HOST'),
    port: read('PORT'),
    neo4j,
    loadBundledData: read('LOAD_BUNDLED_DATA'),
    logLevel: read('LOG_LEVEL'),
    development: read('NODE_ENV') === 'development',
    limits: {
      requestTimeoutMs: read('REQUEST_TIMEOUT_MS'),
      exportTimeoutMs: read('EXPORT_TIMEOUT_MS'),
      maxDepth: read('MAX_QUERY_DEPTH'),
      maxCost: read('MAX_QUERY_COST'),
      listSizeEstimate: read('LIST_SIZE_ESTIMATE'),
      maxAliases: read('MAX_ALIASES'),
      maxRootFields: read('MAX_ROOT_FIELDS'),
      maxDocumentBytes: read('MAX_DOCUMENT_BYTES'),
      maxBodyBytes: read('MAX_BODY_BYTES'),
      maxBatch: read('MAX_BATCH'),
      rate: {
        keyed: { points: read('RATE_LIMIT_POINTS'), perSecond: read('RATE_LIMIT_POINTS_PER_SECOND'), setting: 'RATE_LIMIT_POINTS' },
        anonymous: {
          points: read('RATE_LIMIT_ANONYMOUS_POINTS'),
          perSecond: read('RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND'),
          setting: 'RATE_LIMIT_ANONYMOUS_POINTS',
        },
      },
      trustProxy: read('TRUST_PROXY'),
    },
    auth: { keys: read('API_KEYS'), readRequiresKey: read('READ_REQUIRES_KEY') },
    shutdownTimeoutMs: read('SHUTDOWN_TIMEOUT_MS'),
    warmUpMs: read('WARM_UP_MS'),
    rootDir,
  };
}

/** The folder holding package.json, found upwards from this file (it runs from src/ and from dist/src/). */
export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project root (package.json beside cypher/) above ${from}.`);
  }
}
