import fs from 'node:fs';
import path from 'node:path';

import { loadQueries } from '../db/queries';
import { NODE_LABELS, RELATIONSHIP_TYPES, RELATION_TYPES } from '.';

const ROOT = path.join(__dirname, '..', '..');

/**
 * The node labels and relationship types a Cypher text names. Comments and string literals are
 * dropped first; then `:Name` is a label when it is in PascalCase and a relationship type when it
 * is in UPPER_SNAKE_CASE, and so is each `|NAME` of an alternation (`[:SAID|ABOUT]`). Map keys
 * (`{id: $id}`) are lower-case and type predicates (`IS :: STRING`) have two colons; neither counts.
 */
export function namesIn(cypher: string): { labels: Set<string>; types: Set<string> } {
  const code = cypher.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const labels = new Set<string>();
  const types = new Set<string>();
  for (const m of code.matchAll(/(?<!:):([A-Za-z_]\w*)((?:\|[A-Za-z_]\w*)*)/g)) {
    for (const name of [m[1], ...m[2].split('|').filter(Boolean)]) {
      if (/^[A-Z][A-Z0-9_]+$/.test(name)) types.add(name);
      else if (/^[A-Z]/.test(name)) labels.add(name);
    }
  }
  return { labels, types };
}

const appQueries = loadQueries(path.join(ROOT, 'cypher'));
const testQueries = loadQueries(path.join(ROOT, 'test', 'cypher'));
const everyQuery = [...Object.entries(appQueries), ...Object.entries(testQueries).map(([name, text]) => [`test/${name}`, text] as const)];

describe('the vocabulary and the Cypher files', () => {
  it('finds labels and types the way Cypher writes them', () => {
    const { labels, types } = namesIn(`
      // :Commented out, and 'a :Quoted string'
      MATCH (a:Entity:Actor {id: $id})-[r:SAID|ABOUT]->(s:Statement) WHERE x IS :: STRING AND NOT a:Topic
      CREATE (s)-[:IN_ARTICLE]->(:Article {title: "It's :NotALabel"})`);
    expect([...labels].sort()).toEqual(['Actor', 'Article', 'Entity', 'Statement', 'Topic']);
    expect([...types].sort()).toEqual(['ABOUT', 'IN_ARTICLE', 'SAID']);
  });

  it.each(everyQuery)('%s names only labels and relationship types the vocabulary knows', (name, text) => {
    const { labels, types } = namesIn(text);
    expect({ name, unknownLabels: [...labels].filter((l) => !NODE_LABELS.includes(l as never)) }).toEqual({ name, unknownLabels: [] });
    expect({ name, unknownTypes: [...types].filter((t) => !RELATIONSHIP_TYPES.includes(t as never)) }).toEqual({ name, unknownTypes: [] });
  });

  it('finds the names in use (the check above is not vacuous)', () => {
    const all = everyQuery.map(([, text]) => namesIn(text));
    const labels = new Set(all.flatMap((n) => [...n.labels]));
    const types = new Set(all.flatMap((n) => [...n.types]));
    expect(labels.size).toBeGreaterThanOrEqual(8);
    for (const t of ['SAID', 'ABOUT', 'TAKES_STANCE', 'HEAD_OF_STATE_OF']) expect(types).toContain(t);
  });

  it('lists exactly the vocabulary relation types in the annotation format and the README', () => {
    const format = fs.readFileSync(path.join(ROOT, 'docs', 'annotation-format.md'), 'utf8');
    const table = format.slice(format.indexOf('Types (read "from TYPE to")'), format.indexOf('### `statements[]`'));
    expect([...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1])).toEqual([...RELATION_TYPES]);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const paragraph = readme.slice(readme.indexOf('Relationships: `SAID`'), readme.indexOf('Offsets are Unicode code points into the article text.'));
    expect(new Set([...paragraph.matchAll(/`([A-Z_]+)(?: \{\w+\})?`/g)].map((m) => m[1]))).toEqual(new Set(RELATIONSHIP_TYPES));
  });
});
