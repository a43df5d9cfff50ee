import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';

import { AuthConfig, Limits, RateLimits, RateRule } from '../config';
import { authenticate } from './auth';
import { operationCost } from './limits';
import { sendError } from './guard';

/** Most buckets kept at once; beyond it the least recently used go (a dropped bucket is a full one again). */
const MAX_BUCKETS = 100_000;
/** Seconds a client is told to wait after a SERVICE_UNAVAILABLE: the app serves again within a second of Neo4j being back. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** One client's bucket of cost points. */
interface Bucket {
  points: number;
  /** When `points` was last brought up to date, epoch ms. */
  at: number;
}

/** What taking points from a bucket gave: whether it had them, what is left, and when to come back if not. */
export interface Take {
  ok: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * Token buckets of cost points, one per client: each holds at most `rule.points` and refills
 * at `rule.perSecond`. An operation takes its estimated cost, capped at the bucket's size, so
 * that an operation under MAX_QUERY_COST always runs once the bucket is full again.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes `cost` points from `key`'s bucket if it holds them all; otherwise takes nothing. */
  take(key: string, cost: number, rule: RateRule): Take {
    const bucket = this.refilled(key, rule);
    const wanted = Math.min(Math.max(cost, 0), rule.points);
    if (bucket.points >= wanted) {
      bucket.points -= wanted;
      return { ok: true, remaining: Math.floor(bucket.points), retryAfterSeconds: 0 };
    }
    return { ok: false, remaining: Math.floor(bucket.points), retryAfterSeconds: Math.max(1, Math.ceil((wanted - bucket.points) / rule.perSecond)) };
  }

  /** The points left in `key`'s bucket now, taking nothing. */
  remaining(key: string, rule: RateRule): number {
    return Math.floor(this.refilled(key, rule).points);
  }

  private refilled(key: string, rule: RateRule): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.points = Math.min(rule.points, bucket.points + ((now - bucket.at) / 1000) * rule.perSecond);
      bucket.at = now;
      // Re-inserted, so that the Map's order is least recently used first.
      this.buckets.delete(key);
    } else {
      bucket = { points: rule.points, at: now };
    }
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }
}

/** Whose bucket a request draws on, and the bucket's rule; set by `rateLimitGate` for the plugin. */
export interface RateLimitState {
  key: string;
  /** Who, in words, for the refusal's sentence: `The API key "alice"`, `Requests without an API key from 10.0.0.7`. */
  who: string;
  rule: RateRule | null;
  /** Points taken so far for this request. */
  charged: number;
  /** Points left after the last take. */
  remaining: number | null;
}

/** What the rate limit plugin reads from each request's context. */
export interface RateLimitedContext {
  rateLimit?: RateLimitState;
}

/**
 * Express middleware in front of `/graphql`: finds the caller's bucket (the API key's name, or
 * the client address for requests without a key) and takes 1 point, so that even requests that
 * never reach execution (malformed, refused by a limit) are counted. An empty bucket is answered
 * `429 RATE_LIMITED` with `Retry-After` at once. The operation's own cost is taken by
 * `rateLimitPlugin`, once it is known.
 */
export function rateLimitGate(buckets: TokenBuckets, rate: RateLimits, auth: AuthConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const state = stateOf(req, rate, auth);
    res.locals.rateLimit = state;
    if (!state.rule) return next();
    const take = buckets.take(state.key, 1, state.rule);
    state.remaining = take.remaining;
    if (take.ok) {
      state.charged = 1;
      return next();
    }
    res.setHeader('retry-after', String(take.retryAfterSeconds));
    sendError(res, 429, 'RATE_LIMITED', `${state.who} ${haveNoPoints(state.rule)}; retry in ${take.retryAfterSeconds} s.`, {
      retryAfterSeconds: take.retryAfterSeconds,
      rateLimit: { cost: 1, remaining: take.remaining, limit: state.rule.points },
    });
  };
}

function haveNoPoints(rule: RateRule): string {
  return `have used up their ${rule.points} points (${rule.setting}) and get ${rule.perSecond} back a second (${rule.setting}_PER_SECOND)`;
}

function stateOf(req: Request, rate: RateLimits, auth: AuthConfig): RateLimitState {
  let name: string | undefined;
  try {
    name = authenticate(req.headers, auth).name;
  } catch {
    // A bad key is refused later (UNAUTHENTICATED); until then it draws on its address's bucket.
  }
  if (name !== undefined) {
    return { key: `key:${name}`, who: `Requests with the API key "${name}"`, rule: rate.keyed.points > 0 ? rate.keyed : null, charged: 0, remaining: null };
  }
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return {
    key: `address:${address}`,
    who: `Requests without an API key from ${address}`,
    rule: rate.anonymous.points > 0 ? rate.anonymous : null,
    charged: 0,
    remaining: null,
  };
}

/** True when the client asks for the operation's cost only: `extensions.dryRun: true` in the request, or the header `Dry-Run: true`. */
export function isDryRun(requestContext: GraphQLRequestContext<RateLimitedContext>): boolean {
  const { request } = requestContext;
  return request.extensions?.dryRun === true || request.http?.headers.get('dry-run')?.trim().toLowerCase() === 'true';
}

/**
 * Apollo plugin: takes an operation's estimated cost (src/server/limits.ts) from the caller's
 * bucket before it runs, refusing it with `429 RATE_LIMITED` and `Retry-After` when the bucket
 * holds less; answers a dry run with the cost without running it; and writes into every answer's
 * `extensions.rateLimit` the cost, the points left and the bucket's size, as GitHub's
 * `rateLimit { cost remaining limit }` does. A SERVICE_UNAVAILABLE answer gets `Retry-After` too.
 */
export function rateLimitPlugin(buckets: TokenBuckets, limits: Limits): ApolloServerPlugin<RateLimitedContext> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation(requestContext) {
          const state = requestContext.contextValue.rateLimit;
          cost = operationCost(requestContext, limits);
          // Over MAX_QUERY_COST it is refused by the cost limit; a dry run takes nothing more.
          if (!state?.rule || cost > limits.maxCost || isDryRun(requestContext)) return;
          // The gate has taken 1 point already.
          const take = buckets.take(state.key, cost - state.charged, state.rule);
          state.remaining = take.remaining;
          if (take.ok) {
            state.charged = cost;
            return;
          }
          throw new GraphQLError(
            `${state.who} have ${take.remaining} points left and this operation costs ${cost}; they get ${state.rule.perSecond} points back a second (${state.rule.setting}_PER_SECOND), so retry in ${take.retryAfterSeconds} s, or ask for less (lower "first").`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds: take.retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(take.retryAfterSeconds)]]) },
              },
            },
          );
        },
        async responseForOperation(requestContext) {
          if (!isDryRun(requestContext)) return null;
          // No `data`: nothing was executed (GraphQL over HTTP: a response without execution has no data entry).
          return { http: { status: 200, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
        },
        async willSendResponse(requestContext) {
          const { response, contextValue, errors } = requestContext;
          if ((errors ?? []).some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
          }
          if (response.body.kind !== 'single') return;
          const state = contextValue.rateLimit;
          const dryRun = isDryRun(requestContext);
          // With the limit turned off for this caller (0 points) there is no budget to report;
          // a dry run still says the cost.
          if (!state?.rule && !dryRun) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            rateLimit: {
              cost: cost ?? null,
              ...(dryRun ? { dryRun: true } : {}),
              remaining: state?.rule ? buckets.remaining(state.key, state.rule) : null,
              limit: state?.rule ? state.rule.points : null,
            },
          };
        },
      };
    },
  };
}
