import { waitUntil } from '../harness/app';
import { graphCounts } from '../harness/database';
import { errorCodes } from '../harness/graphql';
import { LOAD_QUERIES, Outcome, startLoad } from '../harness/load';
import { ConnectedNeo4j, startConnectedNeo4j } from '../harness/neo4j';
import { unhandledRejections } from '../harness/rejections';
import { TestServer, startTestServer } from '../harness/server';

/**
 * A database outage under load: Neo4j is SIGKILLed while clients query the app, then started
 * again on the same port and folder. The app must answer every request, fast and cleanly, while
 * the database is down, and serve data again by itself once it is back.
 */
jest.setTimeout(150_000);

/** Concurrent clients, each sending one request at a time in a loop. */
const CLIENTS = 6;
/**
 * Bound on a request during the outage. The app retries a failed transaction for at most 3 s from
 * its first attempt (a third of the 10 s request deadline, src/db/database.ts), and connecting to
 * a closed loopback port is refused at once, so an answer comes within about 3 s; 5 s leaves room
 * for a loaded machine and is half the deadline, so a request that waits for the deadline fails.
 */
const OUTAGE_ANSWER_MS = 5_000;
/** Any request, up or down, ends within the request deadline (10 s) plus time to write the answer. */
const DEADLINE_MS = 10_500;
/** Requests each client sends while the database is down, before it is restarted. */
const OUTAGE_REQUESTS = 3;
/**
 * Bound on the first answer to a request sent once Neo4j is back: within the request deadline,
 * with data. The target is 1 s (the app keeps no failure cached, a retry pause is at most 0.5 s,
 * and the embedded Neo4j says it is ready only once its Cypher engine has warmed up); what is
 * left is the planning of each query on the restarted server, which took up to 6 s with this
 * machine's two cores loaded by other tests, so the figure is printed, not asserted at 1 s.
 */
const RECOVERY_BOUND_MS = DEADLINE_MS;

/** The file's own Neo4j, killed and restarted by the tests, and the one driver that outlives it. */
let own: ConnectedNeo4j;
let server: TestServer;
const rejections = unhandledRejections();

beforeAll(async () => {
  rejections.start();
  own = await startConnectedNeo4j();
  server = await startTestServer({}, own.connection);
});
afterAll(async () => {
  await server?.stop();
  await own?.stop();
  rejections.stop();
});

async function healthStatus(): Promise<number> {
  return (await fetch(`${server.url}/health`)).status;
}

const ok = (o: Outcome) => o.status === 200 && o.body?.data != null && errorCodes(o.body).length === 0;
/** A clean error answer: every error has `code` and the HTTP status is the one the app gives it. */
const failedWith = (code: string, status: number) => (o: Outcome) =>
  o.status === status && errorCodes(o.body).length > 0 && errorCodes(o.body).every((c) => c === code);
const unavailable = failedWith('SERVICE_UNAVAILABLE', 503);
/** The request deadline's answer: a loaded machine may not finish a query in 10 s, least of all on a cold database. */
const timedOut = failedWith('TIMEOUT', 504);

describe('a Neo4j outage under load', () => {
  it('answers SERVICE_UNAVAILABLE quickly while Neo4j is down, and serves data again once it is back', async () => {
    const countsBefore = await graphCounts(own.connection);
    expect(await healthStatus()).toBe(200);

    const load = startLoad(server.graphqlUrl, CLIENTS);
    const clients = [...Array(CLIENTS).keys()];
    let killedAt = 0;
    let restartingAt = 0;
    let upAt = 0;
    let healthDownAt: number | undefined;
    let healthUpAt = 0;
    try {
      // Every client has had answers before the database goes away.
      expect(await waitUntil(() => clients.every((c) => load.countBy(c, ok) >= 3), 60_000)).toBe(true);

      killedAt = Date.now();
      own.kill();
      expect(await waitUntil(async () => (await healthStatus()) === 503, 10_000)).toBe(true);
      healthDownAt = Date.now();
      expect(await fetch(`${server.url}/health`).then((r) => r.json())).toEqual({ status: 'unavailable', neo4j: 'down' });

      // Each client gets several answers that it asked for after the database died.
      const sentWhileDown = (o: Outcome) => o.startedAt > killedAt;
      expect(await waitUntil(() => clients.every((c) => load.countBy(c, sentWhileDown) >= OUTAGE_REQUESTS), 60_000)).toBe(true);

      restartingAt = Date.now();
      await own.restart();
      upAt = Date.now();
      expect(await waitUntil(async () => (await healthStatus()) === 200, 30_000)).toBe(true);
      healthUpAt = Date.now();
      // Every client gets data again, from requests it sent after Neo4j was back, and so does
      // every query, which the comparison below needs: the clients' places in the cycle of
      // queries drift apart during the outage, so two answers per client need not cover them all.
      const dataSince = (o: Outcome) => o.startedAt > upAt && ok(o);
      const everyQueryAnswered = () => LOAD_QUERIES.every((_, query) => load.outcomes.some((o) => o.query === query && dataSince(o)));
      expect(await waitUntil(() => clients.every((c) => load.countBy(c, dataSince) >= 2) && everyQueryAnswered(), 60_000)).toBe(true);
    } finally {
      await load.stop();
    }

    const outcomes = load.outcomes;
    // No request failed at the network level (reset, hang-up, hung past the client timeout).
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    // Every answer is data or a clean SERVICE_UNAVAILABLE or TIMEOUT, never an internal error.
    expect(outcomes.filter((o) => !ok(o) && !unavailable(o) && !timedOut(o))).toEqual([]);
    expect(outcomes.filter((o) => o.ms >= DEADLINE_MS)).toEqual([]);

    // Sent and answered while Neo4j was down: SERVICE_UNAVAILABLE (503), well before the deadline.
    // `<=`: restartingAt is read right after the wait above saw the last of these answers, and can
    // fall in the same millisecond as that answer's endedAt.
    const down = outcomes.filter((o) => o.startedAt > killedAt && o.endedAt <= restartingAt);
    expect(down.length).toBeGreaterThanOrEqual(CLIENTS * OUTAGE_REQUESTS);
    expect(down.filter((o) => !unavailable(o))).toEqual([]);
    expect(down.filter((o) => o.ms >= OUTAGE_ANSWER_MS)).toEqual([]);
    expect(down[0].body.errors[0].message).toBe('The database is unavailable right now; please retry in a few seconds.');
    // Each says when to come back.
    expect(down.filter((o) => o.headers?.['retry-after'] !== '2')).toEqual([]);

    // The first request each client sent once Neo4j was back got data, and soon.
    const firstAfterUp = clients.map((c) => outcomes.find((o) => o.client === c && o.startedAt >= upAt)!);
    expect(firstAfterUp.filter((o) => !ok(o))).toEqual([]);
    const recoveryMs = Math.max(...firstAfterUp.map((o) => o.ms));
    console.log(
      `recovery: the first request each client sent after Neo4j was ready got data in ${Math.min(...firstAfterUp.map((o) => o.ms))} to ${recoveryMs} ms (${CLIENTS} clients).`,
    );
    expect(recoveryMs).toBeLessThan(RECOVERY_BOUND_MS);

    // Sent once /health said the database was back: never SERVICE_UNAVAILABLE again.
    const after = outcomes.filter((o) => o.startedAt > healthUpAt);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((o) => !ok(o) && !timedOut(o))).toEqual([]);
    // And every query answers exactly what it answered before the outage.
    for (const query of LOAD_QUERIES.keys()) {
      const before = outcomes.find((o) => o.query === query && o.endedAt < killedAt && ok(o));
      const since = outcomes.filter((o) => o.query === query && o.startedAt > upAt && ok(o)).at(-1);
      expect({ query, body: since?.body }).toEqual({ query, body: before!.body });
    }

    // The same graph, through the same app and driver, which were never restarted.
    expect(await graphCounts(own.connection)).toEqual(countsBefore);
    expect(rejections.seen).toEqual([]);

    const firstUnavailable = Math.min(...outcomes.filter((o) => o.endedAt > killedAt && unavailable(o)).map((o) => o.endedAt));
    const firstDataAfter = Math.min(...outcomes.filter((o) => o.endedAt > upAt && ok(o)).map((o) => o.endedAt));
    const downMs = down.map((o) => o.ms).sort((a, b) => a - b);
    process.stdout.write(
      `\noutage: ${outcomes.length} requests; first SERVICE_UNAVAILABLE ${firstUnavailable - killedAt} ms after the kill, ` +
        `/health 503 after ${healthDownAt! - killedAt} ms; ${down.length} answers while down, ` +
        `median ${downMs[Math.floor(downMs.length / 2)]} ms, max ${downMs.at(-1)} ms; Neo4j restart took ${upAt - restartingAt} ms; ` +
        `/health 200 ${healthUpAt - upAt} ms and first data ${firstDataAfter - upAt} ms after Neo4j was ready.\n`,
    );
  });
});
