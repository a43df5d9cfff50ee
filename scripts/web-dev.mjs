#!/usr/bin/env node
/**
 * Dashboard development server: rebuilds web/ on every change (esbuild watch) and serves it
 * with the app's own `mountDashboard`, passing `/graphql`, `/playground` and `/health` through
 * to a running stancegraph server (started separately with `npm start`).
 *
 *   API_URL=http://127.0.0.1:4201 WEB_PORT=4202 node scripts/web-dev.mjs
 *
 * Needs `npx tsc -p .` to have run once (it loads dist/src/server/dashboard.js).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const api = new URL(process.env.API_URL ?? 'http://127.0.0.1:4201');
const port = Number(process.env.WEB_PORT ?? 4202);

let mountDashboard;
try {
  ({ mountDashboard } = require(path.join(root, 'dist', 'src', 'server', 'dashboard.js')));
} catch {
  process.stderr.write('dist/src/server/dashboard.js is missing: run `npx tsc -p .` first.\n');
  process.exit(1);
}
const express = require('express');

const watcher = spawn(process.execPath, [path.join(root, 'scripts', 'web-build.mjs'), '--watch'], { stdio: 'inherit' });
process.on('exit', () => watcher.kill());
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

const app = express();
mountDashboard(app, root);
// Everything the dashboard does not serve goes to the API server, unchanged.
app.use((req, res) => {
  const upstream = http.request(
    { host: api.hostname, port: api.port, method: req.method, path: req.originalUrl, headers: { ...req.headers, host: api.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.status(502).type('text/plain').send(`The API at ${api.origin} cannot be reached: start it with npm start.\n`);
  });
  req.pipe(upstream);
});

http.createServer(app).listen(port, '127.0.0.1', () => {
  process.stdout.write(`[web] dashboard on http://127.0.0.1:${port}/ (API: ${api.origin})\n`);
});
