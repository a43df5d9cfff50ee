import fs from 'node:fs';
import path from 'node:path';

import { extract } from './extract';
import { detectLanguage } from './io/language';
import { expandInputs, InputError, readInput } from './io/read-input';
import { bundledEntities, entitiesFile } from './linking/annotation-entities';
import { CombinedEntities, KnownEntities } from './linking/known-entities';
import { Language, LANGUAGES } from './model';
import { articleSlug, toDraft } from './output/draft';
import { toJson } from './output/json';

const USAGE = `Usage: npm run extract -- [--lang de|en|auto] [--format yaml|json] [--out DIR] [--entities FILE]... FILE_OR_DIR...
  Proposes the statements of each .txt or .html news article for review.
  --lang      language of the articles (default auto: detected per article)
  --format    yaml: <name>.draft.yaml in the annotation format (default); json: <name>.extract.json
  --out       folder for the output (default: beside each input file)
  --entities  known entities (a YAML/JSON list or an annotation file), besides data/annotations/`;

export interface CliOptions {
  lang: Language | 'auto';
  format: 'yaml' | 'json';
  out?: string;
  entities: string[];
  inputs: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the command line; throws UsageError with a sentence saying what is wrong. */
export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { lang: 'auto', format: 'yaml', entities: [], inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--lang') {
      const v = value();
      if (v !== 'auto' && !(LANGUAGES as readonly string[]).includes(v)) throw new UsageError(`--lang must be de, en or auto, not "${v}".`);
      o.lang = v as CliOptions['lang'];
    } else if (a === '--format') {
      const v = value();
      if (v !== 'yaml' && v !== 'json') throw new UsageError(`--format must be yaml or json, not "${v}".`);
      o.format = v;
    } else if (a === '--out') o.out = value();
    else if (a === '--entities') o.entities.push(value());
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`Unknown option "${a}".`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new UsageError('Give at least one .txt or .html file or folder.');
  // A missing input is that file's failure (reported by readInput), not a usage error: the others go on.
  for (const p of o.entities) if (!fs.existsSync(p)) throw new UsageError(`The entities file ${p} does not exist.`);
  return o;
}

/** Runs the extractor over every input; returns the exit status (1 when any file failed). */
export function run(argv: string[], log: (line: string) => void, rootDir: string, today = new Date()): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) log(error.message);
    log(USAGE);
    return 2;
  }
  const entities: KnownEntities = new CombinedEntities([...options.entities.map(entitiesFile), bundledEntities(rootDir)]);
  if (options.out) fs.mkdirSync(options.out, { recursive: true });
  let failed = 0;
  for (const file of expandInputs(options.inputs)) {
    try {
      const written = extractFile(file, options, entities, today);
      log(written);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      log(error.message);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

function extractFile(file: string, options: CliOptions, entities: KnownEntities, today: Date): string {
  const input = readInput(file);
  const language = options.lang === 'auto' ? detectLanguage(input.text) : options.lang;
  if (!language)
    throw new InputError(
      `${file} is in a language that is neither German nor English (or too short to tell); give --lang de or --lang en if it is one of them.`,
    );
  const outDir = options.out ?? path.dirname(file);
  const base = path.basename(file).replace(/\.(txt|html?)$/i, '');
  let textFile = file;
  if (input.fromHtml) {
    textFile = path.join(outDir, `${base}.txt`);
    fs.writeFileSync(textFile, input.text);
  }
  const result = extract(input.text, { language, entities, scope: articleSlug(path.basename(file)) });
  let outFile: string;
  if (options.format === 'json') {
    outFile = path.join(outDir, `${base}.extract.json`);
    fs.writeFileSync(outFile, `${JSON.stringify(toJson(path.relative(outDir, textFile), result), null, 2)}\n`);
  } else {
    outFile = path.join(outDir, `${base}.draft.yaml`);
    const title =
      input.title ??
      input.text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ??
      base;
    fs.writeFileSync(
      outFile,
      toDraft({ name: path.basename(file), file: path.relative(outDir, textFile), title, result, date: today.toISOString().slice(0, 10) }),
    );
  }
  const n = result.statements.length;
  return n === 0 ? `${file}: no statements found; wrote an empty draft to ${outFile}.` : `${file}: ${n} statement${n === 1 ? '' : 's'} proposed in ${outFile}.`;
}

if (require.main === module) {
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
  process.exitCode = run(process.argv.slice(2), (line) => process.stderr.write(`${line}\n`), root);
}
