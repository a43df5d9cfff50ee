import type { NextFunction, Request, Response } from 'express';
import express from 'express';

import { Limits } from '../config';
import { LimitError, checkShape, parseBounded } from './limits';

/** Tokens a document may have: generous for real operations, bounded for hostile ones. */
const MAX_TOKENS = 20_000;

/** The media types a POST body may have: JSON, as GraphQL over HTTP defines it. */
const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Express middleware in front of Apollo on `/graphql`: parses JSON bodies up to the size limit,
 * refuses a POST whose body is not JSON (`415`: this is also what stops cross-site forms, see
 * `refuseSimplePosts`), refuses batches beyond the limit, and checks each operation's shape (depth, aliases, root
 * fields) before Apollo parses and validates it. Refusals are GraphQL-shaped JSON with a 4xx.
 */
export function graphqlGuard(limits: Limits): express.RequestHandler[] {
  return [
    refuseSimplePosts,
    express.json({ limit: limits.maxBodyBytes, type: JSON_TYPES }),
    (req: Request, res: Response, next: NextFunction) => {
      const body: unknown = req.method === 'POST' ? req.body : req.query;
      if (Array.isArray(body)) {
        if (limits.maxBatch <= 1) {
          return sendError(res, 400, 'BATCH_TOO_LARGE', 'Batched requests (a JSON array of operations) are not accepted; send one operation per request.');
        }
        if (body.length > limits.maxBatch) {
          return sendError(
            res,
            400,
            'BATCH_TOO_LARGE',
            `The batch holds ${body.length} operations, ${body.length - limits.maxBatch} more than the limit of ${limits.maxBatch}.`,
          );
        }
      }
      for (const operation of Array.isArray(body) ? body : [body]) {
        const query = (operation as { query?: unknown } | undefined)?.query;
        if (typeof query !== 'string') continue;
        const bytes = Buffer.byteLength(query, 'utf8');
        if (bytes > limits.maxDocumentBytes) {
          return sendError(
            res,
            413,
            'DOCUMENT_TOO_LARGE',
            `The GraphQL document is ${bytes} bytes, ${bytes - limits.maxDocumentBytes} more than the limit of ${limits.maxDocumentBytes} (MAX_DOCUMENT_BYTES); send long values as variables.`,
          );
        }
        let problem: LimitError | undefined;
        try {
          problem = checkShape(parseBounded(query, MAX_TOKENS), limits);
        } catch (error) {
          // Syntax errors, and the token cap, are reported in GraphQL's own words.
          return sendError(res, 400, 'GRAPHQL_PARSE_FAILED', (error as Error).message);
        }
        if (problem) return sendError(res, 400, problem.extensions.code as string, problem.message, problem.extensions);
      }
      next();
    },
  ];
}

/**
 * Refuses a POST whose body is not JSON. A browser sends a cross-site POST without asking the
 * server first (a "simple request") only with a form or text body; requiring JSON makes every
 * cross-site POST a preflighted one, which this server does not allow (it sends no CORS headers).
 * With that, and mutations refused over GET (GraphQL over HTTP; Apollo answers 405), Apollo's
 * own CSRF prevention, which also refuses header-less GET queries, is not needed (README, "Why GET
 * queries need no preflight header").
 */
function refuseSimplePosts(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('content-type');
  // The header itself, not req.is(): that answers null for an empty body, which Apollo refuses in its own words.
  const type = (given ?? '').split(';')[0].trim().toLowerCase();
  if (req.method !== 'POST' || JSON_TYPES.includes(type)) return next();
  sendError(
    res,
    415,
    'BAD_REQUEST',
    `A POST to /graphql must have the body type application/json, not ${given ? `"${given}"` : 'none'}; send the operation as JSON ({"query": "..."}).`,
  );
}

/** Turns body-parser failures (bad JSON, too large) into GraphQL-shaped errors. */
export function bodyErrorHandler(limits: Limits): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number; length?: number }, _req, res, next) => {
    if (error?.type === 'entity.too.large') {
      return sendError(
        res,
        413,
        'DOCUMENT_TOO_LARGE',
        `The request body is ${error.length ?? 'more than'} bytes, more than the limit of ${limits.maxBodyBytes} (MAX_BODY_BYTES); split a longer article, or raise the server's limit.`,
      );
    }
    if (error?.type === 'entity.parse.failed') {
      return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    if (error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      return sendError(res, 415, 'BAD_REQUEST', 'The request body must be UTF-8 JSON.');
    }
    next(error);
  };
}

/** Sends `{ errors: [{ message, extensions: { code } }] }` with an HTTP status. */
export function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  const { http: _http, ...rest } = extensions;
  res
    .status(status)
    .type('application/json')
    .json({ errors: [{ message, extensions: { ...rest, code } }] });
}
