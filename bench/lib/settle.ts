import { Database } from '../../src/db/database';

export interface Settled {
  /** How long the bench waited for earlier requests' transactions to end by themselves. */
  waitedMs: number;
  /** The start of each query that was still running after the wait, and was terminated. */
  terminated: string[];
  /**
   * How many of the terminated transactions Neo4j still listed `stopMs` after their
   * termination: a query stops only where it next checks for it, so a long search may go on.
   */
  survived?: number;
}

const SHOW = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
  WHERE currentQuery IS NOT NULL AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
  RETURN transactionId, currentQuery`;

/** How long the bench waits for earlier transactions to end by themselves, then for terminated ones to stop. */
export const WAIT_MS = 30_000;
export const STOP_MS = 10_000;

/**
 * Waits until Neo4j runs no transaction but the bench's own, then terminates what is left after
 * `waitMs`. A request its client gave up on (the answer check waits 60 s) goes on running in
 * Neo4j: the floor and @neo4j/graphql set no transaction timeout, and Neo4j has none by default
 * (stancegraph sets one at the request's deadline). At 1M a connections search between two hubs
 * ran on after its client had left and took a core from the questions timed after it; Neo4j
 * still listed stancegraph's too, long after its timeout, because a query stops only where it
 * next checks whether it should. The same holds for the requests still in flight when a timed
 * run ends. Terminated transactions are given `stopMs` to stop, and those still listed then are
 * counted, so that the report does not claim a quiet Neo4j it did not see.
 */
export async function settle(db: Database, waitMs = WAIT_MS, stopMs = STOP_MS): Promise<Settled> {
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
        const ids = running.map((t) => t.id);
        await session.run('TERMINATE TRANSACTIONS $ids', { ids });
        // Terminating only asks a transaction to stop; wait for it, a bounded time, and say so if it does not.
        const terminatedAt = performance.now();
        let survived = ids.length;
        while (survived > 0 && performance.now() - terminatedAt < stopMs) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          const still = new Set((await session.run(SHOW)).records.map((r) => r.get('transactionId') as string));
          survived = ids.filter((id) => still.has(id)).length;
        }
        return { waitedMs, terminated: running.map((t) => t.query.replace(/\s+/g, ' ').trim().slice(0, 80)), survived };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await session.close();
  }
}
