import neo4j, { Driver, ManagedTransaction, Neo4jError, isDate, isDateTime, isInt, isNode, isRelationship } from 'neo4j-driver';

import { AppError, InternalError, TimeoutError, UnavailableError } from '../errors';
import { Queries, query, statementsOf } from './queries';

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
}

/** Time kept back from a request's deadline for the answer to be written. */
const DEADLINE_MARGIN_MS = 250;

/**
 * The only module that opens Neo4j sessions. Every query is named (a file under `cypher/`),
 * runs in a managed read or write transaction tagged with its name, and returns plain rows:
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
  static connect(
    uri: string,
    auth: { user: string; password: string },
    queries: Queries,
    options: DatabaseOptions & { requestTimeoutMs?: number },
  ): Database {
    const budget = options.requestTimeoutMs ?? 10_000;
    const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: Math.min(5_000, Math.floor(budget / 2)),
      connectionTimeout: Math.min(3_000, Math.floor(budget / 3)),
      maxTransactionRetryTime: Math.min(3_000, Math.floor(budget / 3)),
      userAgent: 'stancegraph',
    });
    return new Database(driver, queries, options);
  }

  /** The same connection, reporting each query to `listener` (one Database view per request). */
  observed(listener: QueryListener): Database {
    return new Database(this.driver, this.queries, this.options, listener);
  }

  /**
   * The same connection for one request: each query is reported to `listener`, and every
   * transaction gets a server-side timeout that ends it before `deadlineAt` (epoch ms).
   */
  forRequest(listener: QueryListener, deadlineAt: number): Database {
    return new Database(this.driver, this.queries, { ...this.options, deadlineAt }, listener);
  }

  /** Runs the named query in a read transaction. */
  read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('READ', (tx) => this.runIn(tx, name, params));
  }

  /** Runs the named query in a write transaction. */
  write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.runIn(tx, name, params));
  }

  /**
   * Runs several named queries in one write transaction: all of them commit, or none does.
   * `work` may be retried on transient errors, so it must not have side effects outside `tx`.
   */
  writeAll<T>(work: (run: (name: string, params?: Record<string, unknown>) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.run('WRITE', (tx) => work((name, params = {}) => this.runIn(tx, name, params)));
  }

  /** Applies the idempotent schema file (constraints, indexes, full-text indexes). */
  async applySchema(name = 'schema/schema'): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      for (const statement of statementsOf(query(this.queries, name))) {
        await session.run(statement);
      }
      await session.run('CALL db.awaitIndexes(300)');
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1', {}, { timeout: 2_000 });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const timeout = this.timeoutMs();
    const config = timeout ? { timeout } : {};
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      // Errors thrown by the caller's own work (validation, say) pass through unchanged.
      throw error instanceof Neo4jError ? toAppError(error) : error;
    } finally {
      await session.close().catch(() => undefined);
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

  private async runIn(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<Row[]> {
    this.listener?.(name, params);
    const result = await tx.run(query(this.queries, name), params);
    return result.records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[key as string] = toPlain(record.get(key));
      return row;
    });
  }
}

/** Maps a driver error to the app's errors; the driver's message stays in `cause`, for the logs. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new UnavailableError(error);
    }
    if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
      return new TimeoutError(error);
    }
  }
  return new InternalError(error);
}

/** Neo4j values to plain JSON values, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value as object)) return value!.toString();
  if (isDateTime(value as object)) return new Date(value!.toString()).toISOString();
  if (isNode(value as object) || isRelationship(value as object)) return toPlain((value as { properties: unknown }).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
