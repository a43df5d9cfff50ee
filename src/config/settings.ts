/**
 * Every environment variable the app reads, as a registry: its default, what it means, and how
 * its value is checked. `loadConfig` reads the configuration through it, and the README's
 * configuration table is this list (a test fails when they differ). A bad value is a ConfigError
 * whose message is one sentence naming the variable and the value.
 */

/** Raised for a bad environment variable; its message is one sentence for the user. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Setting<T> {
  /** The default as the README shows it. */
  readonly default: string;
  readonly description: string;
  /** The value of the variable `name`, checked; `raw` is undefined when it is unset. */
  parse(raw: string | undefined, name: string): T;
}

const unset = (raw: string | undefined): raw is undefined => raw === undefined || raw === '';

function integer(fallback: number, min: number, max: number, description: string): Setting<number> {
  return {
    default: String(fallback),
    description,
    parse(raw, name) {
      if (unset(raw)) return fallback;
      if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
        throw new ConfigError(`${name} "${raw}" is not a whole number between ${min} and ${max}.`);
      }
      return Number(raw);
    },
  };
}

/** A whole number, or null when unset (the caller then computes one). */
function optionalInteger(shownDefault: string, min: number, max: number, description: string): Setting<number | null> {
  const checked = integer(0, min, max, description);
  return { default: shownDefault, description, parse: (raw, name) => (unset(raw) ? null : checked.parse(raw, name)) };
}

function boolean(fallback: boolean, description: string): Setting<boolean> {
  return {
    default: String(fallback),
    description,
    parse(raw, name) {
      const value = raw?.trim().toLowerCase();
      if (value === undefined || value === '') return fallback;
      if (['true', '1', 'yes'].includes(value)) return true;
      if (['false', '0', 'no'].includes(value)) return false;
      throw new ConfigError(`${name} "${raw}" is not a boolean: use true or false.`);
    },
  };
}

/** Free text, trimmed; blank is refused (unset the variable to get the default). */
function text(fallback: string, description: string): Setting<string> {
  return {
    default: fallback,
    description,
    parse(raw, name) {
      if (unset(raw)) return fallback;
      if (raw.trim() === '') throw new ConfigError(`${name} is blank; unset it to use the default "${fallback}".`);
      return raw.trim();
    },
  };
}

function oneOf<T extends string>(values: readonly T[], fallback: T, description: string): Setting<T> {
  return {
    default: fallback,
    description,
    parse(raw, name) {
      if (unset(raw)) return fallback;
      const value = raw.trim().toLowerCase() as T;
      if (!values.includes(value)) throw new ConfigError(`${name} "${raw}" is not one of ${values.join(', ')}.`);
      return value;
    },
  };
}

function custom<T>(shownDefault: string, description: string, parse: (raw: string | undefined, name: string) => T): Setting<T> {
  return { default: shownDefault, description, parse };
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

/** NEO4J_URI: a Neo4j URI, or null to start the embedded Neo4j. */
function neo4jUri(raw: string | undefined, name: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const scheme = /^([a-z0-9+]+):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(`${name} "${value}" is not a Neo4j URI: it must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}.`);
  }
  return value;
}

export type Role = 'reader' | 'editor';

/** A key's name: what records of who did what say instead of the key itself. */
const KEY_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * API_KEYS: entries separated by commas, each `name=role:key` or `role:key`. A key without a name
 * is named after its role and place (`editor-1`, `reader-2`). The error never repeats a key.
 */
function apiKeys(raw: string | undefined, name: string): { key: string; role: Role; name: string }[] {
  if (!raw || raw.trim() === '') return [];
  const unnamed: Record<Role, number> = { editor: 0, reader: 0 };
  const keys = raw.split(',').map((entry, i) => {
    const named = /^([^=:]+)=(.*)$/s.exec(entry.trim());
    const [role, ...rest] = (named ? named[2] : entry.trim()).split(':');
    const key = rest.join(':');
    if (role !== 'editor' && role !== 'reader') {
      throw new ConfigError(`${name} entry ${i + 1} has the role "${role}"; use "editor:<key>" or "reader:<key>", optionally named: "alice=editor:<key>".`);
    }
    if (key.length < 16 || /\s/.test(key)) {
      throw new ConfigError(`${name} entry ${i + 1} (role ${role}) has a key shorter than 16 characters or containing spaces; use a long random key.`);
    }
    const keyName = named ? named[1].trim() : `${role}-${++unnamed[role]}`;
    if (!KEY_NAME.test(keyName)) {
      throw new ConfigError(
        `${name} entry ${i + 1} has the name "${keyName}"; a name is lower-case letters, digits, dots, hyphens and underscores, at most 64.`,
      );
    }
    return { role: role as Role, key, name: keyName };
  });
  const names = keys.map((k) => k.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ConfigError(`${name} names two keys "${twice}"; give each key its own name.`);
  return keys;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The settings in the order the README lists them. */
export const SETTINGS = Object.freeze({
  PORT: integer(4000, 0, 65535, 'HTTP port of the GraphQL server.'),
  HOST: text('127.0.0.1', 'Interface the HTTP server listens on (`0.0.0.0` for all).'),
  NEO4J_URI: custom('(unset)', 'Use this Neo4j instead of starting the embedded one (`bolt://`, `neo4j://`, `neo4j+s://`...).', neo4jUri),
  NEO4J_USER: text('neo4j', 'User for `NEO4J_URI`.'),
  NEO4J_PASSWORD: custom('(empty)', 'Password for `NEO4J_URI`.', (raw) => raw ?? ''),
  NEO4J_DATABASE: text('neo4j', 'Database name on the Neo4j server.'),
  NEO4J_DATA_DIR: text('.data/neo4j', "Folder of the embedded Neo4j's data (kept between starts)."),
  NEO4J_BOLT_PORT: integer(7687, 1, 65535, 'Loopback Bolt port of the embedded Neo4j.'),
  NEO4J_PAGE_CACHE_MB: optionalInteger(
    '(from memory)',
    16,
    1 << 20,
    "Page cache of the embedded Neo4j, in MiB; unset: half of what is left after a quarter of the machine's memory (at least 1 GiB) is kept back (src/neo4j/memory.ts).",
  ),
  NEO4J_HEAP_MB: optionalInteger(
    '(from memory)',
    128,
    1 << 20,
    'Maximum Java heap of the embedded Neo4j, in MiB; unset: a third of what is left after that quarter, from 512 MiB to 31 GiB.',
  ),
  LOAD_BUNDLED_DATA: boolean(true, 'Load the annotations in `data/annotations/` at start-up (idempotent).'),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info', '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`; logs are JSON lines.'),
  NODE_ENV: custom(
    '(unset)',
    '`development` (as `npm run dev` sets it) sends stack traces and internal messages to clients; any other value, or none, masks them.',
    (raw) => raw?.trim() ?? '',
  ),
  API_KEYS: custom(
    '(none)',
    'Comma-separated keys, `name=role:key` or `role:key` (`alice=editor:...`, `reader:...`); keys of at least 16 characters. Records of who published what name the key, never show it.',
    apiKeys,
  ),
  READ_REQUIRES_KEY: boolean(false, 'Require a key (any role) for queries too.'),
  REQUEST_TIMEOUT_MS: integer(10_000, 100, 600_000, 'Deadline of every request; Neo4j transactions end before it.'),
  EXPORT_TIMEOUT_MS: integer(
    120_000,
    1_000,
    3_600_000,
    'Deadline of an export (`/export/...`, `npm run export`): longer than a request, since a file of every statement takes a while to stream.',
  ),
  MAX_QUERY_DEPTH: integer(10, 1, 100, 'Deepest selection nesting allowed (introspection excluded).'),
  MAX_QUERY_COST: integer(20_000, 1, 10_000_000, 'Most nodes an operation may ask for, estimated from `first` arguments.'),
  LIST_SIZE_ESTIMATE: integer(20, 1, 10_000, 'Size assumed for a list field without `first`, in the cost estimate.'),
  MAX_ALIASES: integer(30, 0, 10_000, 'Most aliased fields in one document.'),
  MAX_ROOT_FIELDS: integer(20, 1, 10_000, 'Most top-level fields in one operation.'),
  MAX_DOCUMENT_BYTES: integer(32_768, 1_024, 10_485_760, 'Largest GraphQL document (query text), in bytes.'),
  MAX_BODY_BYTES: integer(4_194_304, 1_024, 104_857_600, 'Largest request body (document plus variables), in bytes.'),
  MAX_BATCH: integer(1, 1, 100, 'Most operations in one batched request; 1 means batching is off.'),
  RATE_LIMIT_POINTS: integer(
    200_000,
    0,
    1_000_000_000,
    "Cost points an API key's bucket holds: every request takes 1, every operation its estimated cost (capped at this); 0 turns the limit off for keys.",
  ),
  RATE_LIMIT_POINTS_PER_SECOND: integer(2_000, 1, 1_000_000_000, "Points an API key's bucket gets back a second."),
  RATE_LIMIT_ANONYMOUS_POINTS: integer(
    60_000,
    0,
    1_000_000_000,
    'The same bucket for requests without a key, one per client address; 0 turns the limit off for them. The bench and the load test turn both off.',
  ),
  RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: integer(600, 1, 1_000_000_000, 'Points a client address gets back a second.'),
  TRUST_PROXY: boolean(false, 'Take the client address from `X-Forwarded-For` (only behind a reverse proxy that sets it; anyone can send it).'),
  SHUTDOWN_TIMEOUT_MS: integer(15_000, 0, 600_000, 'How long SIGTERM waits for in-flight requests.'),
  WARM_UP_MS: integer(
    30_000,
    0,
    600_000,
    'Most time spent answering the example queries once before serving, so the first users do not wait for query planning; 0 skips it.',
  ),
});

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<N extends SettingName> = ReturnType<(typeof SETTINGS)[N]['parse']>;

/** The checked value of one setting in `env`. */
export function setting<N extends SettingName>(env: Record<string, string | undefined>, name: N): SettingValue<N> {
  return SETTINGS[name].parse(env[name], name) as SettingValue<N>;
}

/** The README's configuration table, as Markdown rows. */
export function settingsTable(): string {
  const rows = (Object.keys(SETTINGS) as SettingName[]).map((name) => `| \`${name}\` | \`${SETTINGS[name].default}\` | ${SETTINGS[name].description} |`);
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n').replace(/`\((unset|empty|none)\)`/g, '($1)');
}
