import express from 'express';
import type { Logger } from 'pino';

import { AuthConfig, Limits } from '../config';
import { Database } from '../db/database';
import { AppError } from '../errors';
import { prepareExport } from '../export/export';
import { authenticate } from './auth';
import { sendError } from './guard';

/**
 * GET /export/<file>: the network and statement exports (src/export/export.ts) over HTTP, held
 * to the API's keys (READ_REQUIRES_KEY), its input checks and a deadline of their own,
 * EXPORT_TIMEOUT_MS. A refusal before the first byte is a JSON error like the API's; a failure
 * while streaming can only cut the response short, so the connection is destroyed and the
 * client sees an incomplete transfer rather than a file that looks whole. The file's
 * parameters and time go into headers as well as into the file.
 */
export function mountExports(app: express.Express, db: Database, config: { limits: Limits; auth: AuthConfig }, log: Logger): void {
  app.get('/export/:file', async (req, res) => {
    const started = Date.now();
    let written = false;
    try {
      authenticate(req.headers, config.auth);
      const view = db.forRequest(() => undefined, started + config.limits.exportTimeoutMs);
      const prepared = await prepareExport(view, req.params.file, req.query as Record<string, string | string[]>);
      res.status(200);
      res.setHeader('content-type', prepared.contentType);
      res.setHeader('content-disposition', `attachment; filename="${prepared.fileName}"`);
      res.setHeader('x-export-parameters', JSON.stringify(prepared.parameters));
      res.setHeader('x-exported-at', prepared.exportedAt);
      res.setHeader('cache-control', 'no-store');
      const records = await prepared.write(async (chunk) => {
        written = true;
        if (!res.write(chunk))
          await new Promise<void>((resolve, reject) => {
            res.once('drain', resolve);
            res.once('close', () => reject(new Error('The client closed the connection.')));
          });
      });
      res.end();
      log.info({ export: req.params.file, records, ms: Date.now() - started }, 'export');
    } catch (error) {
      if (written || res.headersSent) {
        log.warn({ export: req.params.file, err: error }, 'export cut short');
        res.destroy();
        return;
      }
      const app = error instanceof AppError ? error : null;
      if (!app || app.code === 'INTERNAL_SERVER_ERROR') log.error({ export: req.params.file, err: error }, 'export failed');
      const code = app?.code ?? 'INTERNAL_SERVER_ERROR';
      const status = (app?.extensions.http as { status?: number } | undefined)?.status ?? (code === 'BAD_USER_INPUT' ? 400 : 500);
      sendError(res, status, code, app && code !== 'INTERNAL_SERVER_ERROR' ? app.message : 'An internal error occurred; it has been logged.');
    }
  });
}
