import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { AppError } from '../errors';
import { InvalidDateError } from '../graph/common/dates';

/** Codes whose message is written for clients; anything else is masked unless NODE_ENV=development. */
export const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'MEMORY_LIMIT',
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
  'RATE_LIMITED',
]);

/**
 * Apollo `formatError`: with `mask` (the default: NODE_ENV is not `development`) keeps
 * client-facing errors without their stack traces and replaces any other error with a generic
 * sentence, so no stack trace, Cypher text or driver message reaches a client. Without `mask`
 * (development) every error reaches the client as it is, for the developer to read.
 */
export function formatError(mask: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (!mask) return formatted;
    const code = codeOf(error, formatted);
    if (CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') {
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

/** The `extensions.code` of an error, as formatted or as thrown; INTERNAL_SERVER_ERROR when it has none. */
export function codeOf(error: unknown, formatted?: GraphQLFormattedError): string {
  const fromFormatted = formatted?.extensions?.code;
  if (typeof fromFormatted === 'string') return fromFormatted;
  const extensions = (error as { extensions?: { code?: unknown } })?.extensions;
  return typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Wraps Apollo's `formatError` so that input errors found during validation (bad Date literals)
 * reach the client as BAD_USER_INPUT, like the same mistakes made through variables or arguments.
 */
export function withInputErrorCodes(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof InvalidDateError || (original instanceof AppError && original.code === 'BAD_USER_INPUT')) {
      const details = original instanceof AppError ? original.extensions : {};
      formatted = { ...formatted, extensions: { ...formatted.extensions, ...details, code: 'BAD_USER_INPUT' } };
    }
    return format(formatted, error);
  };
}
