import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

import { AppError } from '../errors';
import { CLIENT_CODES, codeOf } from './format-error';

/** What the logging plugin reads from each request's context. */
export interface LoggedContext {
  requestId: string;
  roundTrips: { count: number };
}

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
