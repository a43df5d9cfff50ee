import fs from 'node:fs';
import path from 'node:path';

/** Articles over this size are refused: no news article comes near it. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface InputArticle {
  file: string;
  text: string;
  /** The HTML title, for an HTML page. */
  title?: string;
  /** True when the text was extracted from HTML and must be written beside the output. */
  fromHtml: boolean;
}

/** An input file that cannot be read as an article; the message is one sentence naming it. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads one `.txt` or `.html` file as an article. Refuses, with a sentence naming the file, a
 * file that is missing, empty, over 5 MB, binary (NUL bytes or mostly control characters) or not
 * valid UTF-8. The text is kept exactly as decoded (a byte-order mark included), so that offsets
 * count from the file's first character.
 */
export function readInput(file: string): InputArticle {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file} does not exist.`);
  }
  if (!stat.isFile()) throw new InputError(`${file} is not a file.`);
  if (stat.size > MAX_BYTES) throw new InputError(`${file} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for one article.`);
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0) throw new InputError(`${file} is empty.`);
  if (bytes.includes(0) || controlShare(bytes) > 0.1) throw new InputError(`${file} is a binary file, not a text or HTML article.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text; convert it to UTF-8 first.`);
  }
  if (text.trim().length === 0) throw new InputError(`${file} contains only white space.`);
  if (/\.html?$/i.test(file)) {
    // Readability and linkedom load only for HTML: most runs read text files, and linkedom's
    // ES-module dependency cannot be loaded by jest's CommonJS runtime on Node 20; a static
    // import would load them for every run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { articleFromHtml } = require('./html') as typeof import('./html');
    const article = articleFromHtml(text);
    if (!article) throw new InputError(`${file} is an HTML page in which no article text was found.`);
    return { file, text: article.text, title: article.title, fromHtml: true };
  }
  return { file, text, fromHtml: false };
}

function controlShare(bytes: Buffer): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n;
}

/** The `.txt` and `.html` files of a list of files and folders (folders read one level deep, sorted). */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (/\.(txt|html?)$/i.test(f)) out.push(path.join(p, f));
    } else out.push(p);
  }
  return out;
}
