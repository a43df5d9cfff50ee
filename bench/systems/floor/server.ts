import { serveStats } from '../instrument';

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import neo4j from 'neo4j-driver';

import { projectRoot } from '../../../src/config';

/**
 * The floor: hand-written Cypher through neo4j-driver, one query per request, behind the
 * thinnest HTTP server Node has (no GraphQL, no framework): `POST /q/<name>` with the query's
 * parameters as JSON answers `{ "data": <answer> }`. What any API over this graph pays at least.
 * Usage (forked by bench/run.ts): server.js <bolt-uri> <port>
 */
async function main(): Promise<void> {
  const startedAt = Number(process.env.BENCH_FORKED_AT ?? 0) || performance.now();
  const [uri, port] = process.argv.slice(2);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50, disableLosslessIntegers: true });
  const dir = path.join(projectRoot(), 'bench', 'systems', 'floor');
  const queries = new Map(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => [f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
  const server = http.createServer((req, res) => {
    const name = /^\/q\/([a-z-]+)$/.exec(req.url ?? '')?.[1];
    const text = name ? queries.get(name) : undefined;
    if (req.method !== 'POST' || !text) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        for (const [k, v] of Object.entries(params)) if (Number.isInteger(v)) params[k] = neo4j.int(v as number);
        const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(text, params));
          const body = JSON.stringify({ data: result.records[0]?.get('answer') ?? null });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } finally {
          await session.close();
        }
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  server.listen(Number(port), '127.0.0.1', () => serveStats(startedAt, Number(port)));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
