import type { ApolloServer } from '@apollo/server';
import { OperationTypeNode, parse } from 'graphql';
import type { Logger } from 'pino';
import neo4j from 'neo4j-driver';

import { Database } from '../db/database';
import { QueryName } from '../db/queries';
import { Context, createContext } from '../graph/context';
import { exampleOperations } from './playground';

export interface WarmUpResult {
  operations: number;
  failed: number;
  ms: number;
}

/**
 * Answers the playground's example queries once, in-process, before the server takes traffic.
 *
 * Neo4j plans a Cypher query the first time it sees it, and the statement queries take from a
 * few hundred milliseconds to several seconds each to plan on a busy 2-core machine; Node
 * compiles the resolvers' code on first use too. Without this, the first users after a start
 * pay all of it at once, and some of their requests run past the deadline. Planning
 * needs real executions: an `EXPLAIN` without parameters does not fill the plan cache.
 *
 * Bounded by `budgetMs` in all: a slow database delays the start by at most that much, and the
 * queries not warmed are simply planned on first use. Failures are logged, never fatal.
 */
export async function warmUp(apollo: ApolloServer<Context>, db: Database, log: Logger, budgetMs: number, requestTimeoutMs: number): Promise<WarmUpResult> {
  const started = Date.now();
  const queries = exampleOperations().filter((tab) => isQuery(tab.query));
  let done = 0;
  let failed = 0;
  for (const tab of queries) {
    const left = started + budgetMs - Date.now();
    if (left <= 0) break;
    const contextValue = createContext(db, {
      principal: { role: null },
      requestId: `warm-up-${tab.name}`,
      deadlineAt: Date.now() + Math.min(left, requestTimeoutMs),
    });
    try {
      const response = await apollo.executeOperation({ query: tab.query, operationName: tab.name }, { contextValue });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      if (errors?.length) {
        failed++;
        log.warn({ operation: tab.name, errors }, `Warm-up: ${tab.name} answered with errors.`);
      }
    } catch (error) {
      failed++;
      log.warn({ operation: tab.name, err: error }, `Warm-up: ${tab.name} failed.`);
    }
    done++;
  }
  const ms = Date.now() - started;
  if (done < queries.length)
    log.warn({ ms }, `Warm-up stopped after ${done} of ${queries.length} example queries (budget ${budgetMs} ms); the rest are planned on first use.`);
  return { operations: done, failed, ms };
}

function isQuery(source: string): boolean {
  return parse(source).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === OperationTypeNode.QUERY);
}

const int = (n: number) => neo4j.int(n);
const TEXT = '';
const DRAFT_PROPS = {
  articleId: TEXT,
  title: TEXT,
  language: TEXT,
  text: TEXT,
  url: TEXT,
  publishedAt: TEXT,
  source: TEXT,
  content: TEXT,
  statementCount: int(0),
  reviewedCount: int(0),
  by: TEXT,
};

/**
 * The review workflow's queries with parameters of the types real calls give (see
 * Database.explain). The write path's own queries are planned by loading the bundled articles.
 */
const REVIEW_QUERIES: [QueryName, Record<string, unknown>][] = [
  ['draft/create-draft', { draft: { id: TEXT, ...DRAFT_PROPS } }],
  ['draft/save-draft', { id: TEXT, baseVersion: int(0), draft: DRAFT_PROPS }],
  ['draft/close-draft', { id: TEXT, baseVersion: int(0), status: TEXT, by: TEXT }],
  ['draft/find-drafts-by-ids', { ids: [TEXT] }],
  ['draft/page-drafts', { status: TEXT, after: null, limit: int(1) }],
  ['draft/count-drafts', { status: TEXT }],
  ['draft/touch-draft', { id: TEXT, name: TEXT, keep: [TEXT] }],
  ['publication/find-article-statements', { articleId: TEXT }],
  [
    'publication/merge-publication',
    {
      publication: {
        id: TEXT,
        articleId: TEXT,
        draftId: TEXT,
        by: TEXT,
        proposed: int(0),
        accepted: int(0),
        edited: int(0),
        rejected: int(0),
        added: int(0),
        statements: int(0),
        addedStatements: [TEXT],
        removedStatements: [TEXT],
        changedStatements: [TEXT],
      },
    },
  ],
  ['entity/find-entities-for-linking', {}],
  ['article/export-article', { articleId: TEXT }],
];

/**
 * Plans the review workflow's queries (drafts, publishes, proposals) in the background once the
 * server serves, so that the first publish after a start does not wait seconds for the planner.
 * Failures are logged, never fatal: the queries are then planned on first use.
 */
export async function planReviewQueries(db: Database, log: Logger): Promise<number> {
  const started = Date.now();
  for (const [name, params] of REVIEW_QUERIES) {
    try {
      await db.explain(name, params);
    } catch (error) {
      log.warn({ query: name, err: error }, `Warm-up: planning ${name} failed; it is planned on first use.`);
    }
  }
  return Date.now() - started;
}
