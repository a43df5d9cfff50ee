import { GraphQLError } from 'graphql';

/** Stable error codes a client can branch on (`extensions.code`). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT' | 'MEMORY_LIMIT' | 'INTERNAL_SERVER_ERROR';

/**
 * The one error base class of the app. Its message is a full sentence meant for the client;
 * `cause` (never sent to clients) keeps the underlying error for the logs.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; http?: number; details?: Record<string, unknown> } = {}) {
    super(message, {
      extensions: { code, ...(options.details ?? {}), ...(options.http ? { http: { status: options.http } } : {}) },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** A bad argument or input value; the message names the argument and the value. */
export class BadInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, { details });
  }
}

/** A write over someone else's newer one (a stale save of a draft); nothing was written. */
export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, { details, http: 409 });
  }
}

/** What was asked for does not exist; the message names it. */
export class NotFoundError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('NOT_FOUND', message, { details });
  }
}

/** The database cannot be reached now; the client may retry. */
export class UnavailableError extends AppError {
  constructor(cause?: unknown) {
    super('SERVICE_UNAVAILABLE', 'The database is unavailable right now; please retry in a few seconds.', { cause, http: 503 });
  }
}

/** The request ran past its deadline and was cancelled. */
export class TimeoutError extends AppError {
  constructor(cause?: unknown) {
    super('TIMEOUT', 'The request ran past its deadline and was cancelled; narrow it (smaller "first", fewer nested fields) and retry.', { cause, http: 504 });
  }
}

/**
 * The request's query needed more memory than Neo4j gives one transaction: the same request would
 * fail again, so it is not retried, and the client is told how to make it smaller.
 */
export class MemoryLimitError extends AppError {
  constructor(cause?: unknown) {
    super(
      'MEMORY_LIMIT',
      'The request needed more memory than the database allows one transaction (dbms.memory.transaction.total.max or db.memory.transaction.max); narrow it (a filter, smaller "first", "maxNodes", "maxEdges" or "idsPerEdge", fewer nested fields) and retry.',
      { cause },
    );
  }
}

/** Anything unexpected: the client sees a generic sentence, the log keeps the cause. */
export class InternalError extends AppError {
  constructor(cause?: unknown) {
    super('INTERNAL_SERVER_ERROR', 'An internal error occurred; it has been logged.', { cause });
  }
}
