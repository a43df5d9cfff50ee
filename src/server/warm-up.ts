import type { ApolloServer } from '@apollo/server';
import { OperationTypeNode, parse } from 'graphql';
import type { Logger } from 'pino';

import { Database } from '../db/database';
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
