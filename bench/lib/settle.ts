import { Database } from '../../src/db/database';

export interface Settled {
  /** How long the bench waited for earlier requests' transactions to end by themselves. */
  waitedMs: number;
  /** The start of each query that was still running after the wait, and was terminated. */
  terminated: string[];
}

const SHOW = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
  WHERE currentQuery IS NOT NULL AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
  RETURN transactionId, currentQuery`;

/**
 * Waits until Neo4j runs no transaction but the bench's own, then terminates what is left after
 * `waitMs`. A request its client gave up on (the answer check waits 60 s) goes on running in
 * Neo4j: the floor and @neo4j/graphql set no transaction timeout, and Neo4j has none by default
 * (stancegraph ends its own at the request's deadline). At 1M a connections search between two
 * hubs ran on after its client had left and took a core from the questions timed after it. The
 * same holds for the requests still in flight when a timed run ends.
 */
export async function settle(db: Database, waitMs = 30_000): Promise<Settled> {
  const started = performance.now();
  // Admin commands run outside the read/write transaction functions; a session of their own.
  const session = db.driver.session({ database: 'neo4j' });
  let first = true;
  try {
    for (;;) {
      const running = (await session.run(SHOW)).records.map((r) => ({ id: r.get('transactionId') as string, query: r.get('currentQuery') as string }));
      const waitedMs = Math.round(performance.now() - started);
      // Nothing running at the first look is no wait at all, whatever the look itself took.
      if (running.length === 0) return { waitedMs: first ? 0 : waitedMs, terminated: [] };
      first = false;
      if (waitedMs >= waitMs) {
        await session.run('TERMINATE TRANSACTIONS $ids', { ids: running.map((t) => t.id) });
        return { waitedMs, terminated: running.map((t) => t.query.replace(/\s+/g, ' ').trim().slice(0, 80)) };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await session.close();
  }
}
