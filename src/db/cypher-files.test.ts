import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadQueries } from './queries';

const ROOT = path.join(__dirname, '..', '..');
/** Longest run of code lines two places may share: a longer one belongs in a fragment. */
const MAX_REPEATED_LINES = 10;

function* cypherFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* cypherFiles(full);
    else if (entry.name.endsWith('.cypher')) yield full;
  }
}

/** The code lines of a Cypher file, trimmed, comments and blank lines left out, with their line numbers. */
function codeLines(file: string): { text: string; line: number }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('//'));
}

/** Every run of more than `max` code lines that stands in two places, as "a.cypher:3 ~ b.cypher:40". */
export function repeatedRuns(files: string[], max: number): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const file of files) {
    const lines = codeLines(file);
    for (let i = 0; i + max < lines.length; i++) {
      const run = lines
        .slice(i, i + max + 1)
        .map((l) => l.text)
        .join('\n');
      const here = `${path.relative(ROOT, file)}:${lines[i].line}`;
      const there = seen.get(run);
      if (there === undefined) seen.set(run, here);
      else found.push(`${there} ~ ${here}`);
    }
  }
  return found;
}

describe('the Cypher files', () => {
  const files = [...cypherFiles(path.join(ROOT, 'cypher')), ...cypherFiles(path.join(ROOT, 'test', 'cypher'))];

  it(`repeat no run of more than ${MAX_REPEATED_LINES} code lines (shared parts are fragments)`, () => {
    expect(repeatedRuns(files, MAX_REPEATED_LINES)).toEqual([]);
  });

  it('finds a repeated run where there is one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-cypher-'));
    const body = Array.from({ length: 12 }, (_, i) => `RETURN ${i}`).join('\n');
    fs.writeFileSync(path.join(dir, 'a.cypher'), `// A.\n${body}`);
    fs.writeFileSync(path.join(dir, 'b.cypher'), `// B.\nMATCH (n)\n${body}`);
    expect(repeatedRuns([path.join(dir, 'a.cypher'), path.join(dir, 'b.cypher')], MAX_REPEATED_LINES)).toHaveLength(2);
  });

  it('open with a header comment saying what they do, their parameters and what they return', () => {
    for (const [name, text] of Object.entries(loadQueries(path.join(ROOT, 'cypher')))) {
      const header = text
        .split('\n')
        .filter((l) => l.startsWith('//'))
        .join('\n');
      expect({ name, parameters: /Parameters:/.test(header), returns: /Returns:/.test(header) }).toEqual({ name, parameters: true, returns: true });
    }
  });
});
