import express from 'express';
import fs from 'node:fs';
import path from 'node:path';

/** Paths the dashboard never answers, so that mounting order in the app does not matter. */
const RESERVED = ['/graphql', '/playground', '/health'];

/** Content-Security-Policy of the dashboard: everything from this origin, nothing from elsewhere. */
const CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  // Cytoscape and Preact set inline styles through the CSSOM; style attributes need this too.
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** A file name carrying a content hash, e.g. `app-3F2K9QXA.js`: safe to cache for a year. */
const HASHED = /-[A-Z0-9]{8,}\.[a-z0-9]+$/i;

/**
 * Serves the analyst dashboard (built by `npm run build:web` into `web/dist/`) at `/`.
 *
 * - Hashed assets (`/assets/app-<hash>.js`) are cached for a year (`immutable`); `index.html`
 *   and unhashed files are revalidated on every load (`no-cache`), so a deploy shows at once.
 * - Any other GET that asks for HTML (a deep link such as `/entity/person:donald-trump`) gets
 *   `index.html`: the app's router reads the URL. A missing asset is a plain 404, never HTML.
 * - `/graphql`, `/playground` and `/health` (and anything below them) are passed on untouched,
 *   whether this is mounted before or after them.
 * - When the dashboard was not built, `/` answers 503 with a sentence saying how to build it.
 */
export function mountDashboard(app: express.Express, rootDir: string): void {
  const distDir = path.join(rootDir, 'web', 'dist');
  const indexFile = path.join(distDir, 'index.html');

  const reserved = (p: string) => RESERVED.some((r) => p === r || p.startsWith(`${r}/`));

  const statics = express.static(distDir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders(res, file) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || reserved(req.path)) return next();
    if (req.path === '/index.html') return sendIndex(res);
    statics(req, res, () => {
      // Not a file: a deep link gets the app, anything that looks like a file gets a 404.
      if (req.path.startsWith('/assets/') || path.extname(req.path) !== '' || !req.accepts('html')) {
        return next();
      }
      sendIndex(res);
    });
  });

  function sendIndex(res: express.Response): void {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The dashboard has not been built: run `npm run build` (or `npm run build:web`) and reload.\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').sendFile(indexFile);
  }
}
