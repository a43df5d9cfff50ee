import neo4j, { Driver, ManagedTransaction, Neo4jError, isDate, isDateTime, isInt, isNode, isRelationship, isRetryableError } from 'neo4j-driver';

import { AppError, BadInputError, InternalError, MemoryLimitError, TimeoutError, UnavailableError } from '../errors';
import { AnyQueryName, Queries, query, statementsOf } from './queries';

/** A row of a query result, with Neo4j values mapped to plain JSON values. */
export type Row = Record<string, unknown>;

/** Told of every query sent, once per database round trip (used to count round trips per request). */
export type QueryListener = (name: string, params: Record<string, unknown>) => void;

export interface DatabaseOptions {
  database: string;
  /** Server-side transaction timeout, ms; 0 means the server's default. */
  txTimeoutMs?: number;
  /** Epoch ms by which every transaction of this view must end (the request's deadline). */
  deadlineAt?: number;
  /** How long a transaction is retried on transient errors (the database is unreachable, say), ms from its first attempt. */
  retryMs?: number;
}

/** What a unit of work may do with its transaction: run queries (commit and rollback are this module's). */
type Tx = Pick<ManagedTransaction, 'run'>;

/** Time kept back from a request's deadline for the answer to be written. */
const DEADLINE_MARGIN_MS = 250;
/** Retry window when none is configured, as the driver's default. */
const DEFAULT_RETRY_MS = 3_000;
/** First pause between two attempts; it doubles after each (with ±20% jitter, so clients spread out)... */
const FIRST_RETRY_DELAY_MS = 200;
/**
 * ...up to this. A refused connection fails at once, so an attempt costs nearly nothing, and a
 * request waiting out a longer pause would answer late once the database is back.
 */
const MAX_RETRY_DELAY_MS = 500;
/**
 * Records a stream asks for at a time: the driver's 1000 costs an export of 100k statements 100
 * round trips, each a pause of the query on the server; 5000 rows of an export are a few MB.
 */
const STREAM_FETCH_SIZE = 5_000;
/** Longest wait for `ping`: a health check must answer even when the database hangs. */
const PING_TIMEOUT_MS = 2_000;

/** What `ownFunctions` found, per driver: every view of one connection shares the answer. */
const OWN_FUNCTIONS = new WeakMap<Driver, Promise<ReadonlySet<string>>>();

/**
 * The only module that opens Neo4j sessions. Every query is named (a file under `cypher/`),
 * runs in a read or write transaction (retried here on transient errors), and returns plain rows:
 * integers as numbers, dates as `YYYY-MM-DD`, nodes as their properties.
 * Driver errors become the app's own errors here and nowhere else.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly queries: Queries,
    private readonly options: DatabaseOptions,
    private readonly listener?: QueryListener,
  ) {}

  /**
   * Connects a driver; `neo4j://` URIs route across a cluster unchanged. Connecting, waiting
   * for a pooled connection and retrying transient errors all fit inside `requestTimeoutMs`,
   * so a database outage is answered within a request's deadline instead of hanging.
   */
  static connect(uri: string, auth: { user: string; password: string }, queries: Queries, options: DatabaseOptions & { requestTimeoutMs?: number }): Database {
    const budget = options.requestTimeoutMs ?? 10_000;
    const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: Math.min(5_000, Math.floor(budget / 2)),
      connectionTimeout: Math.min(3_000, Math.floor(budget / 3)),
      userAgent: 'stancegraph',
      // Transactions are retried by Database.run, inside the request's deadline; see attempt().
      maxTransactionRetryTime: 0,
    });
    const { requestTimeoutMs: _budget, ...rest } = options;
    return new Database(driver, queries, { retryMs: Math.min(DEFAULT_RETRY_MS, Math.floor(budget / 3)), ...rest });
  }

  /**
   * The same connection, also reporting each query to `listener`. Listeners add up: a view of an
   * observed Database (`forRequest`, say) reports to both, so a test can watch the app's queries.
   */
  observed(listener: QueryListener): Database {
    return new Database(this.driver, this.queries, this.options, this.alsoTelling(listener));
  }

  /**
   * The same connection for one request: each query is reported to `listener`, and every
   * transaction gets a server-side timeout that ends it before `deadlineAt` (epoch ms).
   */
  forRequest(listener: QueryListener, deadlineAt: number): Database {
    return new Database(this.driver, this.queries, { ...this.options, deadlineAt }, this.alsoTelling(listener));
  }

  /** Runs the named query in a read transaction. */
  read(name: AnyQueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('READ', (tx) => this.runIn(tx, name, params));
  }

  /** Runs the named query in a write transaction. */
  write(name: AnyQueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.runIn(tx, name, params));
  }

  /**
   * Runs the named query in a read transaction and hands each row to `onRow` as it arrives,
   * awaiting it before the next: the driver fetches the next batch of records only as they are
   * taken, so a slow consumer (an HTTP response) holds memory flat. Not retried: rows already
   * handed on cannot be taken back. Resolves with the number of rows.
   */
  async stream(name: AnyQueryName, params: Record<string, unknown>, onRow: (row: Row) => void | Promise<void>): Promise<number> {
    try {
      return await this.attempt(
        'READ',
        async (tx) => {
          this.listener?.(name, params);
          let count = 0;
          for await (const record of tx.run(query(this.queries, name), params)) {
            const row: Row = {};
            for (const key of record.keys) row[key as string] = toPlain(record.get(key));
            await onRow(row);
            count++;
          }
          return count;
        },
        STREAM_FETCH_SIZE,
      );
    } catch (error) {
      if (error instanceof Neo4jError) throw toAppError(error);
      throw error;
    }
  }

  /**
   * Runs several named queries in one write transaction: all of them commit, or none does.
   * `work` may be retried on transient errors, so it must not have side effects outside `tx`.
   */
  writeAll<T>(work: (run: (name: AnyQueryName, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) => work((name, params = {}) => this.runIn(tx, name, params)));
  }

  /**
   * Plans the named query without running it (`EXPLAIN`), so that its first real run does not
   * wait for the planner: Neo4j caches the plan by the query's text and its parameters' types,
   * so `params` must have the types real calls give. Writes nothing.
   */
  explain(name: AnyQueryName, params: Record<string, unknown> = {}): Promise<void> {
    return this.run('WRITE', async (tx) => {
      this.listener?.(name, params);
      await tx.run(`EXPLAIN ${query(this.queries, name)}`, params);
    });
  }

  /**
   * stancegraph's own Neo4j functions that this database has (schema/list-own-functions): asked
   * once per driver, outside the request's listener, since it is the app's question and not the
   * request's. A failed answer is not kept, so the next call asks again.
   */
  ownFunctions(): Promise<ReadonlySet<string>> {
    let known = OWN_FUNCTIONS.get(this.driver);
    if (known === undefined) {
      known = this.run('READ', (tx) => tx.run(query(this.queries, 'schema/list-own-functions'))).then(
        (result) => new Set(result.records.map((record) => record.get('name') as string)),
      );
      OWN_FUNCTIONS.set(this.driver, known);
      known.catch(() => OWN_FUNCTIONS.delete(this.driver));
    }
    return known;
  }

  /** Applies the idempotent schema file (constraints, indexes, full-text indexes), a write transaction per statement. */
  async applySchema(name: AnyQueryName = 'schema/schema'): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const statement of statementsOf(query(this.queries, name))) {
        await session.executeWrite((tx) => tx.run(statement));
      }
      await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(300)'));
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * True when the database answers a trivial query within PING_TIMEOUT_MS. Never retries and
   * never waits longer: connecting to a hung server, or waiting for a pooled connection, counts
   * as down (the session is closed in the background once the driver gives up).
   */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const answered = session
      .executeRead((tx) => tx.run('RETURN 1'), { timeout: PING_TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    void answered.then(() => session.close()).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
    try {
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Runs `work` in one transaction and commits it, retrying the whole transaction on transient
   * errors (the database restarting or unreachable, a deadlock) for `retryMs` from the first
   * attempt, and never past the request's deadline. The driver's own managed retries are not used:
   * they open their window at the first failure and keep the timeout the first attempt was given,
   * so an outage could hold a request past its deadline.
   */
  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(mode, work);
      } catch (error) {
        // Errors thrown by the caller's own work (validation, say) pass through unchanged.
        if (!(error instanceof Neo4jError)) throw error;
        const delay = Math.min(FIRST_RETRY_DELAY_MS * 2 ** attempt, MAX_RETRY_DELAY_MS) * (0.8 + Math.random() * 0.4);
        const retryUntil = Math.min(started + (this.options.retryMs ?? DEFAULT_RETRY_MS), (this.options.deadlineAt ?? Infinity) - DEADLINE_MARGIN_MS);
        // Neo4j calls a transaction over its memory limit transient, but the same query needs the same memory again.
        if (!isRetryableError(error) || isMemoryLimit(error) || Date.now() + delay > retryUntil) throw toAppError(error);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /**
   * One attempt: `work` in a managed read or write transaction (`executeRead`/`executeWrite`,
   * so that a `neo4j://` driver routes reads to any cluster member and writes to the leader),
   * committed when `work` succeeds, rolled back when it throws. The driver's own retries are off
   * (`maxTransactionRetryTime: 0`, and errors of `work` reach it wrapped): `run` retries, within
   * the request's deadline.
   */
  private async attempt<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, fetchSize?: number): Promise<T> {
    const timeout = this.timeoutMs();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(fetchSize === undefined ? {} : { fetchSize }),
    });
    const unit = async (tx: Tx) => {
      try {
        return await work(tx);
      } catch (error) {
        throw new WorkFailed(error);
      }
    };
    const config = timeout ? { timeout } : {};
    const done = (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config)).catch((error: unknown) => {
      throw error instanceof WorkFailed ? error.cause : error;
    });
    const closed = done.then(
      () => session.close(),
      () => session.close(),
    );
    // A read is given up at the deadline even if the server has not ended it yet (it checks
    // timeouts every few seconds); its session closes once it has. A write is always awaited:
    // answering TIMEOUT while its commit may still land would be a lie.
    const answer = mode === 'READ' && this.options.deadlineAt !== undefined ? withinDeadline(done, this.options.deadlineAt) : done;
    try {
      return await answer;
    } finally {
      if (answer === done) await closed.catch(() => undefined);
      else void closed.catch(() => undefined);
    }
  }

  /** The transaction timeout: the configured one, shortened to end before the request's deadline. */
  private timeoutMs(): number | undefined {
    const { txTimeoutMs, deadlineAt } = this.options;
    if (deadlineAt === undefined) return txTimeoutMs || undefined;
    const left = deadlineAt - Date.now() - DEADLINE_MARGIN_MS;
    if (left <= 0) throw new TimeoutError();
    return txTimeoutMs ? Math.min(txTimeoutMs, left) : left;
  }

  /** This view's listener followed by `listener`. */
  private alsoTelling(listener: QueryListener): QueryListener {
    const first = this.listener;
    return first ? (name, params) => (first(name, params), listener(name, params)) : listener;
  }

  private async runIn(tx: Tx, name: AnyQueryName, params: Record<string, unknown>): Promise<Row[]> {
    this.listener?.(name, params);
    const result = await tx.run(query(this.queries, name), params);
    return result.records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[key as string] = toPlain(record.get(key));
      return row;
    });
  }
}

/** An error of a unit of work, wrapped so that the driver's managed transaction does not retry it (see attempt). */
class WorkFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('The unit of work failed.');
  }
}

/** Settles as `work` does, or rejects with a TimeoutError at `deadlineAt` (epoch ms), whichever comes first. */
function withinDeadline<T>(work: Promise<T>, deadlineAt: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimeoutError()), deadlineAt - Date.now())));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A transaction that went over Neo4j's memory limit: its own (`db.memory.transaction.max`,
 * TransactionOutOfMemoryError) or that of all transactions together
 * (`dbms.memory.transaction.total.max`, MemoryPoolOutOfMemoryError).
 */
function isMemoryLimit(error: Neo4jError): boolean {
  return /\.(TransactionOutOfMemoryError|MemoryPoolOutOfMemoryError)$/.test(error.code ?? '');
}

/** Maps a driver error to the app's errors; the driver's message stays in `cause`, for the logs. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (
      code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      // Every pooled connection stayed busy (or kept failing to connect) for the acquisition
      // timeout: the database is overwhelmed or unreachable, and a retry later may succeed.
      /^Connection acquisition timed out/.test(error.message)
    ) {
      return new UnavailableError(error);
    }
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
      return new TimeoutError(error);
    }
    if (isMemoryLimit(error)) return new MemoryLimitError(error);
    // stancegraph's own functions refuse an impossible request with a sentence for the client.
    const refusal = /^Failed to invoke function `stancegraph\.[\w.]+`: Caused by: java\.lang\.IllegalArgumentException: (.+)$/s.exec(error.message);
    if (refusal) return new BadInputError(refusal[1].trim());
  }
  return new InternalError(error);
}

/** Neo4j values to plain JSON values, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of a result (a position's statement ids, say) and
  // need no mapping: skip the five driver type checks below for them.
  if (typeof value !== 'object') return value;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as object)) return value!.toString();
  if (isDateTime(value as object)) return new Date(value!.toString()).toISOString();
  if (isNode(value as object) || isRelationship(value as object)) return toPlain((value as { properties: unknown }).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  const out: Row = {};
  for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
  return out;
}
