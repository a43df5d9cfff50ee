import { Driver, Session } from 'neo4j-driver';

import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { ROOT, testNeo4jUri } from '../harness/database';
import path from 'node:path';

/**
 * Every query the app sends goes through a managed transaction (`executeRead` or `executeWrite`):
 * only those let a `neo4j://` driver route reads to any member of a cluster and writes to its
 * leader. A session's own `run` (an auto-commit query) or `beginTransaction` would go to the
 * leader, or fail on a follower. This suite watches a real driver's sessions while Database runs
 * each kind of work, and fails on any other call.
 */
type Call = { method: string; mode: string };

function watchedDriver(driver: Driver, calls: Call[]): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const mode = config?.defaultAccessMode ?? 'WRITE';
        return new Proxy(session, {
          get(s, p, r) {
            const value = Reflect.get(s, p, r);
            if (typeof value !== 'function' || !['run', 'beginTransaction', 'executeRead', 'executeWrite'].includes(String(p))) return value;
            return (...args: unknown[]) => {
              calls.push({ method: String(p), mode });
              return (value as (...a: unknown[]) => unknown).apply(s, args);
            };
          },
        }) as Session;
      };
    },
  });
}

let real: Database;
let db: Database;
const calls: Call[] = [];
beforeAll(() => {
  real = Database.connect(testNeo4jUri(), { user: 'neo4j', password: '' }, loadQueries(path.join(ROOT, 'cypher')), { database: 'neo4j' });
  db = new Database(watchedDriver(real.driver, calls), loadQueries(path.join(ROOT, 'cypher')), { database: 'neo4j' });
});
afterAll(() => real.close());
beforeEach(() => calls.splice(0));

describe('the database module', () => {
  it('reads in a managed read transaction', async () => {
    await db.read('node/find-entities-by-ids', { ids: ['person:no-such-person'] });
    expect(calls).toEqual([{ method: 'executeRead', mode: 'READ' }]);
  });

  it('writes, alone or several queries together, in a managed write transaction', async () => {
    await db.write('ingest/find-missing-entities', { ids: [] });
    await db.writeAll(async (run) => {
      await run('ingest/find-missing-entities', { ids: [] });
      await run('ingest/find-missing-entities', { ids: ['person:no-such-person'] });
    });
    expect(calls).toEqual([
      { method: 'executeWrite', mode: 'WRITE' },
      { method: 'executeWrite', mode: 'WRITE' },
    ]);
  });

  it('plans, applies its schema and answers a health check through managed transactions only', async () => {
    await db.explain('node/find-entities-by-ids', { ids: [] });
    await db.applySchema();
    expect(await db.ping()).toBe(true);
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.filter((c) => c.method !== 'executeRead' && c.method !== 'executeWrite')).toEqual([]);
  });

  it('rolls a failed write back and passes its error on', async () => {
    await expect(
      db.writeAll(async (run) => {
        await run('ingest/find-missing-entities', { ids: [] });
        throw new Error('The caller gave up.');
      }),
    ).rejects.toThrow('The caller gave up.');
    expect(calls).toEqual([{ method: 'executeWrite', mode: 'WRITE' }]);
  });
});
