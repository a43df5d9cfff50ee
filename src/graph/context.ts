import DataLoader from 'dataloader';
import type { Logger } from 'pino';

import { Database, QueryListener } from '../db/database';
import type { Principal } from '../server/auth';
import type { RateLimitState } from '../server/rate-limit';
import { ArticleLoaders, articleLoaders } from './article/article.loader';
import { ArgsLoaders } from './common/loaders';
import { EntityRow, StatementRow } from './common/rows';
import { EntityLoaders, entityLoaders } from './entity/entity.loader';
import { EventLoaders, eventLoaders } from './event/event.loader';
import { PrimeEntity, entityLoader, primer } from './node/node.loader';
import { StatementLoaders, statementLoaders, statementPrimer } from './statement/statement.loader';

/**
 * The DataLoaders of one request. Every entity and relationship lookup goes through one of them,
 * so a query costs one database round trip per level of nesting, whatever the number of results.
 * Loaders whose answer depends on field arguments are made on demand in `args`, one per argument set.
 */
export interface Loaders extends StatementLoaders, EntityLoaders, ArticleLoaders, EventLoaders {
  entity: DataLoader<string, EntityRow | null>;
  args: ArgsLoaders;
  /** Makes an entity that came with another answer known to `entity`. */
  primeEntity: PrimeEntity;
  /** Makes a statement that came with a page known to `statement`, and its speaker (when it came too) to `speaker`. */
  primeStatement: (row: StatementRow, speaker?: EntityRow | null) => void;
}

/** What every resolver gets: one per request. */
export interface Context {
  /** The database, observed: every query of this request is counted in `roundTrips`. */
  db: Database;
  roundTrips: { count: number };
  /** Who is calling (role from the API key, or anonymous); mutations check it. */
  principal: Principal;
  /** Id of this request in the logs (from `X-Request-Id` when the client sends a sane one). */
  requestId: string;
  loaders: Loaders;
  /** Where the audit lines of writes go (src/graph/draft/audit.ts); absent outside HTTP (the warm-up). */
  log?: Logger;
  /** The caller's rate limit bucket (src/server/rate-limit.ts); absent outside HTTP (the warm-up). */
  rateLimit?: RateLimitState;
}

/** Creates the loaders of one request over `db` (already the request's observed view). */
export function createLoaders(db: Database): Loaders {
  const entity = entityLoader(db);
  const primeEntity = primer(entity);
  const statements = statementLoaders(db, primeEntity);
  return {
    entity,
    primeEntity,
    primeStatement: statementPrimer(statements, primeEntity),
    ...statements,
    ...entityLoaders(db, primeEntity),
    ...articleLoaders(db, primeEntity),
    ...eventLoaders(db, primeEntity),
    args: new ArgsLoaders(),
  };
}

export interface RequestInfo {
  principal: Principal;
  requestId: string;
  /** Epoch ms by which the request's transactions must end (server-side timeouts); none when absent. */
  deadlineAt?: number;
  /** Also told of every query (tests record the batches with it). */
  listener?: QueryListener;
}

/**
 * The context of one GraphQL request: the database viewed for this request (each query counted
 * in `roundTrips` and reported to `listener`) and a fresh set of DataLoaders over it.
 */
export function createContext(db: Database, request: RequestInfo): Context {
  const roundTrips = { count: 0 };
  const listener: QueryListener = (name, params) => {
    roundTrips.count++;
    request.listener?.(name, params);
  };
  const view = request.deadlineAt === undefined ? db.observed(listener) : db.forRequest(listener, request.deadlineAt);
  return { db: view, roundTrips, principal: request.principal, requestId: request.requestId, loaders: createLoaders(view) };
}
