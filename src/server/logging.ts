import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { AppError } from '../errors';

/** What the logging plugin reads from each request's context. */
export interface LoggedContext {
  requestId: string;
  roundTrips: { count: number };
}

/** Codes whose message is written for clients; anything else is masked in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_ROOT_FIELDS',
  'DOCUMENT_TOO_LARGE',
  'BATCH_TOO_LARGE',
]);

/**
 * One JSON log line per GraphQL request: request id, operation name, duration, database
 * round trips, error codes. Unexpected errors are logged with their full cause (stack, driver
 * message), which never reaches the client.
 */
export function loggingPlugin(log: Logger): ApolloServerPlugin<LoggedContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            const code = codeOf(error);
            if (code === 'INTERNAL_SERVER_ERROR' || !CLIENT_CODES.has(code)) {
              const underlying = cause instanceof AppError && cause.originalError ? cause.originalError : cause;
              log.error({ requestId: contextValue.requestId, operationName, code, path: error.path, err: underlying }, 'Unexpected error.');
            }
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          const codes = [...new Set((errors ?? []).map((e) => codeOf(e)))];
          log.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              roundTrips: contextValue.roundTrips?.count ?? 0,
              status: response.http.status ?? 200,
              errorCodes: codes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * Apollo `formatError`: keeps client-facing errors as they are (minus stack traces in
 * production) and replaces any other error with a generic sentence, so no stack trace, Cypher
 * text or driver message reaches a client.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = codeOf(error, formatted);
    if (CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
      if (!production) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return {
      message: 'An internal error occurred; it has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function codeOf(error: unknown, formatted?: GraphQLFormattedError): string {
  const fromFormatted = formatted?.extensions?.code;
  if (typeof fromFormatted === 'string') return fromFormatted;
  const extensions = (error as { extensions?: { code?: unknown } })?.extensions;
  return typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
}
