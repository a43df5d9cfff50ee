import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadAppQueries, loadQueries, queryVariant } from './queries';
import { QUERY_NAMES } from './query-names';

const ROOT = path.join(__dirname, '..', '..');

/** A cypher/ folder of the given files, written for one test. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-queries-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const HEADER = '// Test query.\n// Parameters: none.\n// Returns: x.\n';

describe('the query loader', () => {
  it('knows every query of cypher/ by a typed name, and no other (npm run cypher:names)', () => {
    expect(Object.keys(loadQueries(path.join(ROOT, 'cypher'))).sort()).toEqual([...QUERY_NAMES].sort());
    expect(() => loadAppQueries(path.join(ROOT, 'cypher'))).not.toThrow();
  });

  it('refuses to start when a typed name has lost its file, or a file has no typed name', () => {
    const dir = folder({ 'statement/find-stances.cypher': `${HEADER}RETURN 1 AS x` });
    expect(() => loadAppQueries(dir)).toThrow(/^The code refers to Cypher queries that .* does not have: actor\/count-actors, /);
    const extra = folder(
      Object.fromEntries([...QUERY_NAMES.filter((n) => !n.includes('[')), 'actor/new-query'].map((n) => [`${n}.cypher`, `${HEADER}RETURN 1 AS x`])),
    );
    fs.mkdirSync(path.join(extra, 'connection'), { recursive: true });
    fs.writeFileSync(path.join(extra, 'connection', 'find-paths.cypher'), `${HEADER}// @variants maxHops: 1, 2, 3, 4, 5, 6\nRETURN {{maxHops}} AS x`);
    fs.writeFileSync(path.join(extra, 'connection', 'find-neighbourhood.cypher'), `${HEADER}// @variants depth: 1, 2, 3\nRETURN {{depth}} AS x`);
    fs.mkdirSync(path.join(extra, 'network'), { recursive: true });
    for (const name of ['compute-actor-network', 'compute-network-windows']) {
      fs.writeFileSync(path.join(extra, 'network', `${name}.cypher`), `${HEADER}// @variants pairs: function, cypher\nRETURN '{{pairs}}' AS x`);
    }
    expect(() => loadAppQueries(extra)).toThrow('The Cypher queries actor/new-query have no typed name in src/db/query-names.ts; run `npm run cypher:names`.');
  });

  it('includes fragments, fills vocabulary placeholders and makes one query per variant', () => {
    const dir = folder({
      'a/shared.fragment.cypher': '// The shared part.\nMATCH (s:Statement)\n// @include a/inner',
      'a/inner.fragment.cypher': '// The inner part.\nWHERE s.id = $id',
      'a/page.cypher': `${HEADER}// @include a/shared\nRETURN s`,
      'a/path.cypher': `${HEADER}// @variants hops: 1, 3\nMATCH p = (a)-[:{{pathTypes}}]-{1,{{hops}}}(b) RETURN p`,
    });
    const queries = loadQueries(dir);
    expect(Object.keys(queries).sort()).toEqual(['a/page', 'a/path[hops=1]', 'a/path[hops=3]']);
    expect(queries['a/page']).toBe(`${HEADER}// The shared part.\nMATCH (s:Statement)\n// The inner part.\nWHERE s.id = $id\nRETURN s`);
    expect(queries['a/path[hops=3]']).toContain('-[:HEAD_OF_STATE_OF|HEAD_OF_GOVERNMENT_OF|');
    expect(queries['a/path[hops=3]']).toContain('|AT_EVENT|PARTICIPATED_IN]-{1,3}(b)');
  });

  it('lets a variant pick the fragment it includes', () => {
    const dir = folder({
      'a/step-fast.fragment.cypher': '// Fast.\nRETURN f(x) AS y',
      'a/step-plain.fragment.cypher': '// Plain.\nRETURN x AS y',
      'a/outer.fragment.cypher': '// Outer.\nWITH 1 AS x\n  // @include a/step-{{step}}',
      'a/q.cypher': `${HEADER}// @variants step: fast, plain\n// @include a/outer`,
    });
    const queries = loadQueries(dir);
    expect(queries['a/q[step=fast]']).toBe(`${HEADER}// @variants step: fast, plain\n// Outer.\nWITH 1 AS x\n// Fast.\nRETURN f(x) AS y`);
    expect(queries['a/q[step=plain]']).toContain('// Plain.\nRETURN x AS y');
  });

  it.each([
    [
      { 'a/q.cypher': `${HEADER}// @include a/f-{{step}}\nRETURN 1`, 'a/f-x.fragment.cypher': '// F.' },
      'Cypher query a/q includes a/f-{{step}}, but {{step}} names none of its variants.',
    ],
    [{ 'a/q.cypher': 'RETURN 1' }, /has no header comment/],
    [
      { 'a/q.cypher': `${HEADER}// @include a/missing\nRETURN 1` },
      'Cypher query a/q includes a/missing, but there is no file a/missing.fragment.cypher in cypher/.',
    ],
    [
      { 'a/q.cypher': `${HEADER}// @include a/f\nRETURN 1`, 'a/f.fragment.cypher': '// F.\n// @include a/f' },
      'Cypher query a/q includes a/f within itself (a/f → a/f).',
    ],
    [{ 'a/q.cypher': `${HEADER}RETURN {{nothing}}` }, 'Cypher query a/q has the placeholder {{nothing}}, which names no vocabulary value or variant.'],
  ])('refuses a broken folder, saying what is wrong (%#)', (files, message) => {
    expect(() => loadQueries(folder(files as Record<string, string>))).toThrow(message);
  });

  it('names a variant only when it exists', () => {
    expect(queryVariant('connection/find-paths', 'maxHops', 2)).toBe('connection/find-paths[maxHops=2]');
    expect(() => queryVariant('connection/find-paths', 'maxHops', 0)).toThrow(RangeError);
  });
});
