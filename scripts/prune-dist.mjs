#!/usr/bin/env node
/**
 * Removes compiled files in dist/ whose TypeScript source is gone. tsc never deletes outputs, so
 * a moved or renamed module would leave its old .js behind, and Node's resolution can pick it up
 * (`./validate` finds a stale `validate.js` before the new `validate/index.js`). Files that still
 * have a source are left alone, so a running app is never pulled from under its feet.
 *
 * Usage: node scripts/prune-dist.mjs   (run by `npm run build` before tsc)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

let removed = 0;
for (const file of walk(dist)) {
  const source = path.join(root, path.relative(dist, file)).replace(/\.js(\.map)?$|\.d\.ts$/, '.ts');
  if (source.endsWith('.ts') && !fs.existsSync(source)) {
    fs.rmSync(file);
    removed++;
  }
}
if (removed > 0) process.stdout.write(`Removed ${removed} compiled files of sources that are gone.\n`);
