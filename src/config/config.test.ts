import fs from 'node:fs';
import path from 'node:path';

import { ConfigError, loadConfig, projectRoot } from '.';
import { settingsTable } from './settings';

describe('loadConfig', () => {
  it('defaults to an embedded Neo4j in .data/neo4j and port 4000', () => {
    const config = loadConfig({}, '/project');
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      loadBundledData: true,
      neo4j: { kind: 'embedded', dataDir: '/project/.data/neo4j', boltPort: 7687, database: 'neo4j' },
    });
  });

  it('uses NEO4J_URI unchanged, routing schemes included', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'news' }, '/p');
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 's3cret', database: 'news' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT "eighty" is not a whole number between 0 and 65535.'],
    [{ PORT: '70000' }, 'PORT "70000" is not a whole number between 0 and 65535.'],
    [
      { NEO4J_URI: 'http://localhost:7474' },
      'NEO4J_URI "http://localhost:7474" is not a Neo4j URI: it must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://.',
    ],
    [{ LOAD_BUNDLED_DATA: 'maybe' }, 'LOAD_BUNDLED_DATA "maybe" is not a boolean: use true or false.'],
    [{ NEO4J_BOLT_PORT: '-1' }, 'NEO4J_BOLT_PORT "-1" is not a whole number between 1 and 65535.'],
    [{ HOST: '   ' }, 'HOST is blank; unset it to use the default "127.0.0.1".'],
  ])('refuses %j with a sentence naming the variable and value', (env, message) => {
    expect(() => loadConfig(env, '/p')).toThrow(new ConfigError(message));
  });
});

describe('the settings registry', () => {
  it('is the configuration table of the README, row for row', () => {
    const readme = fs.readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    const start = readme.indexOf('| Variable | Default | Meaning |');
    const table = readme.slice(start, readme.indexOf('\n\n', start));
    expect(table).toBe(settingsTable());
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL "loud" is not one of fatal, error, warn, info, debug, trace, silent.'],
    [
      { API_KEYS: 'admin:0123456789abcdef' },
      'API_KEYS entry 1 has the role "admin"; use "editor:<key>" or "reader:<key>", optionally named: "alice=editor:<key>".',
    ],
    [
      { API_KEYS: 'Alice Smith=editor:0123456789abcdef' },
      'API_KEYS entry 1 has the name "Alice Smith"; a name is lower-case letters, digits, dots, hyphens and underscores, at most 64.',
    ],
    [{ API_KEYS: 'alice=editor:0123456789abcdef,alice=reader:fedcba9876543210' }, 'API_KEYS names two keys "alice"; give each key its own name.'],
    [{ API_KEYS: 'editor:short' }, 'API_KEYS entry 1 (role editor) has a key shorter than 16 characters or containing spaces; use a long random key.'],
  ])('checks %j as it documents', (env, message) => {
    expect(() => loadConfig(env, '/p')).toThrow(new ConfigError(message));
  });
});

describe('API keys', () => {
  it('are named as given, or after their role and place', () => {
    const { auth } = loadConfig({ API_KEYS: 'alice=editor:0123456789abcdef:with:colons, reader:fedcba9876543210,editor:aaaaaaaaaaaaaaaa' }, '/p');
    expect(auth.keys).toEqual([
      { name: 'alice', role: 'editor', key: '0123456789abcdef:with:colons' },
      { name: 'reader-1', role: 'reader', key: 'fedcba9876543210' },
      { name: 'editor-1', role: 'editor', key: 'aaaaaaaaaaaaaaaa' },
    ]);
  });
});
