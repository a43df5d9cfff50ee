import 'reflect-metadata';

import { ConfigError, loadConfig } from './config';
import { Connection, connect } from './db/connect';
import { AppError } from './errors';
import { createSchema } from './graph/schema';
import { AnnotationError } from './ingest/annotation';
import { bundledAnnotationFiles, readAnnotationFile } from './ingest/read';
import { ingest } from './ingest/write';
import { log } from './log';
import { Neo4jStartError } from './neo4j/launcher';
import { createApp, listen } from './server/app';
import { planReviewQueries, warmUp } from './server/warm-up';

/**
 * The start command: brings up Neo4j (embedded unless NEO4J_URI is set), applies the schema,
 * loads the bundled articles, answers the example queries once (so the first users do not wait
 * for query planning), and serves `/graphql` and `/health` until SIGINT or SIGTERM.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  let connection: Connection | undefined;
  try {
    connection = await connect(config, { log: (line) => log.info(line), requestTimeoutMs: config.limits.requestTimeoutMs });
    if (config.loadBundledData) {
      for (const file of bundledAnnotationFiles(config.rootDir)) {
        const result = await ingest(connection.db, readAnnotationFile(file));
        log.info({ file, ...result }, `Loaded ${result.articleId}: ${result.statements} statements, ${result.entities} entities.`);
      }
    }
    const app = await createApp(connection.db, await createSchema(), config, log);
    if (config.warmUpMs > 0) {
      const warm = await warmUp(app.apollo, connection.db, log, config.warmUpMs, config.limits.requestTimeoutMs);
      log.info(warm, `Warmed up: answered ${warm.operations} example queries in ${warm.ms} ms.`);
    }
    const port = await listen(app.server, config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE'
        ? new ConfigError(`Port ${config.port} on ${config.host} is already in use; stop what runs there or set PORT to a free port.`)
        : error;
    });
    log.info({ ms: Date.now() - started }, `stancegraph is serving http://${config.host}:${port}/graphql (health: /health).`);
    if (config.warmUpMs > 0) {
      void planReviewQueries(connection.db, log).then((ms) => log.info({ ms }, `Planned the review workflow's queries in ${ms} ms.`));
    }

    let stopping = false;
    const shutdown = async (signal: string) => {
      // A second signal while stopping changes nothing: the first one's shutdown is bounded.
      if (stopping) return log.info(`${signal} received: already stopping.`);
      stopping = true;
      const since = Date.now();
      log.info(`${signal} received: finishing in-flight requests (at most ${config.shutdownTimeoutMs} ms), then stopping.`);
      try {
        // The drain first, so in-flight requests keep their database; then the driver; then Neo4j.
        await app.stop();
        log.info({ ms: Date.now() - since }, 'In-flight requests answered; closing the database connection and stopping Neo4j.');
        await connection!.close();
      } catch (error) {
        log.error({ err: error }, 'Stopping failed.');
        process.exit(1);
      }
      log.info({ ms: Date.now() - since }, 'Stopped.');
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await connection?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
});

/** One sentence for the errors a user can fix; the full error for anything else. */
function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof Neo4jStartError || error instanceof AnnotationError) return error.message;
  if (error instanceof AppError && error.code === 'SERVICE_UNAVAILABLE') {
    return `Neo4j could not be reached at ${process.env.NEO4J_URI ?? 'the embedded server'}; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD and that the server runs.`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
