import fs from 'node:fs';
import path from 'node:path';

import { bundledEntities } from '../linking/annotation-entities';
import { evaluate } from './evaluate';
import { GoldDocument } from './gold';
import { GOLD_READERS, readerFor } from './readers/registry';
import { formatReport } from './report';

const USAGE = `Usage: npm run eval:extract -- [--format ${GOLD_READERS.map((r) => r.name).join('|')}] [--examples N] PATH...
  Compares the extractor's statements with gold annotations and prints precision, recall and F1.`;

/** Files under the given paths that a reader accepts (folders one level deep, sorted). */
function goldFiles(paths: string[], format?: string): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) {
        const file = path.join(p, f);
        if (f === 'index.json' || fs.statSync(file).isDirectory()) continue;
        if (format === 'brat' ? f.endsWith('.ann') : readerFor(file, format)?.accepts(file)) out.push(file);
      }
    } else out.push(p);
  }
  return out;
}

export function main(argv: string[], log: (line: string) => void, rootDir: string): number {
  let format: string | undefined;
  let examples = 0;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i];
    else if (a === '--examples') examples = Number(argv[++i]);
    else if (a.startsWith('-')) return usage(log, `Unknown option "${a}".`);
    else paths.push(a);
  }
  if (format !== undefined && !GOLD_READERS.some((r) => r.name === format))
    return usage(log, `--format must be one of ${GOLD_READERS.map((r) => r.name).join(', ')}.`);
  if (!Number.isInteger(examples) || examples < 0) return usage(log, '--examples must be a whole number.');
  if (paths.length === 0) return usage(log, 'Give at least one gold file or folder.');
  for (const p of paths) if (!fs.existsSync(p)) return usage(log, `${p} does not exist.`);
  const docs: GoldDocument[] = [];
  for (const file of goldFiles(paths, format)) {
    const reader = readerFor(file, format);
    if (!reader) {
      log(`${file} is in no gold format this evaluation reads; skipped.`);
      continue;
    }
    docs.push(...reader.read(file));
  }
  const started = Date.now();
  const ev = evaluate(docs, { entities: bundledEntities(rootDir) });
  log(formatReport(ev, examples));
  log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}

function usage(log: (line: string) => void, message: string): number {
  log(message);
  log(USAGE);
  return 2;
}

if (require.main === module) {
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../..' : '../../..');
  process.exitCode = main(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`), root);
}
