import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { mountDashboard } from '../../src/server/dashboard';

/**
 * How the app serves the dashboard's files: cache headers, deep links, and the paths it must
 * leave alone. Runs against a small built folder made here, so it needs no web build.
 */

const INDEX = '<!doctype html><title>stancegraph</title><script type="module" src="/assets/app-ABCDEFGH.js"></script>';

function fakeBuild(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-dashboard-'));
  fs.mkdirSync(path.join(root, 'web', 'dist', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'web', 'dist', 'index.html'), INDEX);
  fs.writeFileSync(path.join(root, 'web', 'dist', 'assets', 'app-ABCDEFGH.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'web', 'dist', 'robots.txt'), 'User-agent: *');
  return root;
}

async function serve(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The app as src/server/app.ts builds it, with the dashboard mounted before the API routes. */
function appWith(root: string): express.Express {
  const app = express();
  mountDashboard(app, root);
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/graphql', (req, res) => void res.json({ graphql: req.method }));
  app.get('/playground', (_req, res) => void res.type('html').send('<title>GraphiQL</title>'));
  return app;
}

const html = { headers: { accept: 'text/html,application/xhtml+xml' } };

describe('mountDashboard', () => {
  const root = fakeBuild();
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => (server = await serve(appWith(root))));
  afterAll(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and a same-origin-only CSP', async () => {
    const res = await fetch(`${server.url}/`, html);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await res.text()).toBe(INDEX);
  });

  it('caches hashed assets for a year and revalidates unhashed files', async () => {
    const asset = await fetch(`${server.url}/assets/app-ABCDEFGH.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const plain = await fetch(`${server.url}/robots.txt`);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['/entity/person:donald-trump', '/statements?speaker=person%3Adonald-trump&stance=OPPOSE', '/evidence/statement:x-01', '/matrix'])(
    'answers the deep link %s with the app',
    async (link) => {
      const res = await fetch(`${server.url}${link}`, html);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    },
  );

  it('answers a missing asset with 404, never with the app', async () => {
    expect((await fetch(`${server.url}/assets/app-OLDHASH1.js`, html)).status).toBe(404);
    expect((await fetch(`${server.url}/favicon.ico`, html)).status).toBe(404);
  });

  it('leaves /graphql, /playground and /health to the API, whatever the mounting order', async () => {
    expect(await (await fetch(`${server.url}/graphql`, html)).json()).toEqual({ graphql: 'GET' });
    const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await post.json()).toEqual({ graphql: 'POST' });
    expect(await (await fetch(`${server.url}/playground`, html)).text()).toContain('GraphiQL');
    expect(await (await fetch(`${server.url}/health`, html)).json()).toEqual({ status: 'ok' });
  });

  it('does not answer other methods or non-HTML requests with the app', async () => {
    expect((await fetch(`${server.url}/entity/x`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/entity/x`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('says how to build the dashboard when it was not built', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-unbuilt-'));
    const unbuilt = await serve(appWith(bare));
    try {
      const res = await fetch(`${unbuilt.url}/`, html);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build/);
    } finally {
      await unbuilt.close();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
