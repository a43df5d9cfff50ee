#!/usr/bin/env node
/**
 * Builds the analyst dashboard (web/src) into web/dist with esbuild:
 *   web/dist/index.html                  the page (no cache; refers to the hashed files)
 *   web/dist/assets/app-<hash>.js|css    entry script and styles (cached for a year)
 *   web/dist/assets/chunk-<hash>.js      lazily loaded parts (the graph library)
 * Everything the page needs is in that folder: no CDN, no web font, no request elsewhere.
 *
 * Usage: node scripts/web-build.mjs [--watch] [--dev]
 *   --dev    unminified, for reading in the browser
 *   --watch  rebuild on change (implies --dev)
 */
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'web');
const outDir = path.join(webDir, 'dist');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

/** @type {esbuild.BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints: { app: path.join(webDir, 'src', 'main.tsx') },
  outdir: path.join(outDir, 'assets'),
  publicPath: '/assets',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: !dev,
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  logLevel: 'warning',
  plugins: [{ name: 'index-html', setup: (build) => build.onEnd(writeIndex) }],
};

/** Writes index.html pointing at this build's hashed entry files. */
function writeIndex(result) {
  if (result.errors.length > 0 || !result.metafile) return;
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint && o.entryPoint.endsWith('main.tsx'));
  if (!entry) throw new Error('esbuild produced no entry script');
  const [jsFile, meta] = entry;
  const url = (file) => `/assets/${path.basename(file)}`;
  const css = meta.cssBundle ? `\n    <link rel="stylesheet" href="${url(meta.cssBundle)}">` : '';
  const template = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const html = template.replace('<!--assets-->', `${css.trim()}\n    <script type="module" src="${url(jsFile)}"></script>`);
  fs.writeFileSync(path.join(outDir, 'index.html'), html);
  // Remove files of earlier builds (watch mode keeps writing new hashes).
  const current = new Set(outputs.map(([file]) => path.resolve(root, file)));
  for (const name of fs.readdirSync(options.outdir)) {
    const file = path.join(options.outdir, name);
    if (!current.has(file) && !name.endsWith('.LEGAL.txt')) fs.rmSync(file, { force: true });
  }
  if (!watch) return;
  process.stdout.write(`[web] built ${path.basename(jsFile)} at ${new Date().toLocaleTimeString()}\n`);
}

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(options.outdir, { recursive: true });

const started = Date.now();
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  process.stdout.write('[web] watching web/src for changes (Ctrl-C to stop)\n');
} else {
  const result = await esbuild.build(options);
  const files = Object.entries(result.metafile.outputs).filter(([f]) => !f.endsWith('.map'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const total = files.reduce((sum, [, o]) => sum + o.bytes, 0);
  process.stdout.write(`web: built ${files.length} files (${kb(total)}, not gzipped) into web/dist in ${Date.now() - started} ms\n`);
}
