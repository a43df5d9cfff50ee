import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

import { run } from './cli';

const ROOT = path.resolve(__dirname, '../..');
const GERMAN = '„Wir senken die Steuern“, sagte die Ministerin am Montag in Berlin. Der Bürgermeister erklärte, die Brücke werde im Mai fertig.\n';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
}

function cli(args: string[]): { status: number; lines: string[] } {
  const lines: string[] = [];
  const status = run(args, (l) => lines.push(l), ROOT, new Date('2026-01-02T00:00:00Z'));
  return { status, lines };
}

describe('bad input: one line naming the file, nothing written for it, the others go on', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['empty', (f) => fs.writeFileSync(f, ''), /is empty/],
    ['binary', (f) => fs.writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])), /binary/],
    ['invalid UTF-8', (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('Der Minister sagte '), Buffer.from([0xc3, 0x28, 0xff])])), /not valid UTF-8/],
    [
      'unknown language',
      (f) => fs.writeFileSync(f, 'Il ministro ha detto che la situazione è grave e che il governo non cambierà la sua posizione.\n'),
      /neither German nor English/,
    ],
    ['over 5 MB', (f) => fs.writeFileSync(f, 'a'.repeat(5 * 1024 * 1024 + 1)), /over the 5 MB limit/],
  ];

  it.each(cases)('%s', (_name, write, message) => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.txt');
    write(bad);
    fs.writeFileSync(path.join(dir, 'good.txt'), GERMAN);
    const { status, lines } = cli([bad, path.join(dir, 'good.txt')]);
    expect(status).toBe(1);
    const failures = lines.filter((l) => l.includes(bad));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'bad.draft.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'good.draft.yaml'))).toBe(true);
  });

  it('a missing path fails alone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), GERMAN);
    const missing = path.join(dir, 'missing.txt');
    const { status, lines } = cli([missing, path.join(dir, 'good.txt')]);
    expect(status).toBe(1);
    expect(lines.filter((l) => l.includes(missing))).toEqual([`${missing} does not exist.`]);
    expect(fs.existsSync(path.join(dir, 'good.draft.yaml'))).toBe(true);
  });

  it('a bad flag is a usage error (status 2) and writes nothing', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), GERMAN);
    const { status, lines } = cli(['--colour', path.join(dir, 'good.txt')]);
    expect(status).toBe(2);
    expect(lines[0]).toBe('Unknown option "--colour".');
    expect(fs.readdirSync(dir)).toEqual(['good.txt']);
    expect(cli(['--format', 'xml', path.join(dir, 'good.txt')]).lines[0]).toBe('--format must be yaml or json, not "xml".');
  });

  it('exits 0 when every file was read', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), GERMAN);
    expect(cli([dir]).status).toBe(0);
  });
});

describe('draft YAML', () => {
  it('names the text file relative to the draft and keeps excerpts exact at code-point offsets', () => {
    const dir = tempDir();
    // A character outside the BMP first: code points and UTF-16 units differ from here on.
    const text = `😀 ${GERMAN}`;
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    expect(cli([path.join(dir, 'a.txt')]).status).toBe(0);
    const draft = YAML.parse(fs.readFileSync(path.join(dir, 'a.draft.yaml'), 'utf8'));
    expect(draft.article.file).toBe('a.txt');
    const points = [...text];
    expect(draft.statements.length).toBeGreaterThan(0);
    for (const s of draft.statements) {
      expect(points.slice(s.start, s.end).join('')).toBe(s.excerpt);
      expect(s.excerpt).toContain(s.text);
      expect(s.provenance).toBe('AUTOMATIC');
      if (s.speakerMention) expect(points.slice(s.speakerMention.start, s.speakerMention.end).join('')).toBe(s.speakerMention.text);
    }
  });

  it('names the text file from another output folder', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), GERMAN);
    cli(['--out', path.join(dir, 'out'), path.join(dir, 'a.txt')]);
    const draft = YAML.parse(fs.readFileSync(path.join(dir, 'out', 'a.draft.yaml'), 'utf8'));
    expect(draft.article.file).toBe('../a.txt');
  });
});

describe('JSON result', () => {
  it('gives content, speaker and excerpt as code points of the text', () => {
    const dir = tempDir();
    const text = `😀 ${GERMAN}`;
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    cli(['--format', 'json', path.join(dir, 'a.txt')]);
    const result = JSON.parse(fs.readFileSync(path.join(dir, 'a.extract.json'), 'utf8'));
    const points = [...text];
    expect(result.file).toBe('a.txt');
    expect(result.statements[0]).toMatchObject({ text: 'Wir senken die Steuern', mode: 'DIRECT_QUOTE', speaker: { mention: 'die Ministerin' } });
    for (const s of result.statements) {
      expect(points.slice(s.start, s.end).join('')).toBe(s.text);
      if (s.speaker) expect(points.slice(s.speaker.start, s.speaker.end).join('')).toBe(s.speaker.mention);
      expect(points.slice(s.excerpt.start, s.excerpt.end).join('')).toContain(s.text);
    }
  });
});

// linkedom needs css-select, an ES module that jest's CommonJS runtime cannot load on Node 20;
// the HTML path runs through the compiled CLI, as a user runs it.
describe('HTML input', () => {
  beforeAll(() => execFileSync('npx', ['tsc', '-p', 'src/extract'], { cwd: ROOT }), 120000);

  it('reads the article with Readability, writes <name>.txt and gives offsets into it', () => {
    const dir = tempDir();
    const paragraphs = [
      '„Wir senken die Steuern“, sagte die Ministerin am Montag in Berlin.',
      'Der Bürgermeister erklärte, die Brücke werde im Mai fertig. Die Arbeiten hätten sich wegen des Wetters verzögert.',
      'Nach Angaben der Polizei wurden bei dem Unfall auf der Baustelle zwei Arbeiter leicht verletzt, die Ursache sei noch unklar.',
    ];
    const html = `<!doctype html><html><head><title>Steuern und Brücken</title></head><body><nav><a href="/">Start</a></nav>
      <article><h1>Steuern und Brücken</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Impressum</footer></body></html>`;
    fs.writeFileSync(path.join(dir, 'page.html'), html);
    execFileSync('node', [path.join(ROOT, 'dist/src/extract/cli.js'), '--format', 'json', path.join(dir, 'page.html')], { cwd: ROOT, stdio: 'pipe' });
    const text = fs.readFileSync(path.join(dir, 'page.txt'), 'utf8');
    expect(text).toContain(paragraphs[0]);
    expect(text).not.toContain('Impressum');
    const result = JSON.parse(fs.readFileSync(path.join(dir, 'page.extract.json'), 'utf8'));
    expect(result.file).toBe('page.txt');
    const points = [...text];
    expect(result.statements.map((s: { text: string }) => s.text)).toContain('Wir senken die Steuern');
    for (const s of result.statements) expect(points.slice(s.start, s.end).join('')).toBe(s.text);
  });
});
