import type { ApolloServerPlugin } from '@apollo/server';
import { ASTNode, DocumentNode, GraphQLError, Kind, visit } from 'graphql';

import { BadInputError } from '../errors';
import { InvalidDateError } from '../graph/common/dates';

/**
 * Where a literal value sits in an operation: `filter.from` of `statements`. Found by walking
 * the document to the node, since a scalar's parseLiteral is not told which argument it parses.
 */
function argumentPath(document: DocumentNode, target: ASTNode): { argument: string; field: string } | null {
  let found: { argument: string; field: string } | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (node !== target) return undefined;
      // `ancestors` stops before the parent, which may be the argument itself.
      const chain = [...ancestors, parent].filter((a): a is ASTNode => !!a && !Array.isArray(a));
      const names: string[] = [];
      let field = '';
      for (const a of chain) {
        if (a.kind === Kind.ARGUMENT) names.splice(0, names.length, a.name.value);
        else if (a.kind === Kind.OBJECT_FIELD) names.push(a.name.value);
        else if (a.kind === Kind.FIELD) field = a.name.value;
      }
      found = names.length ? { argument: names.join('.'), field } : null;
      return false;
    },
  });
  return found;
}

/**
 * GraphQL validation reports a bad Date literal as GRAPHQL_VALIDATION_FAILED without naming the
 * argument. This plugin rewrites those errors into BAD_USER_INPUT sentences that name the
 * argument and the value: `Argument "filter.from" of "statements" has the invalid Date "2025-13-01"...`.
 */
export function inputErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors?: readonly Error[]) => {
            if (!errors) return;
            const list = errors as Error[];
            list.forEach((error, i) => {
              if (!(error instanceof GraphQLError) || !(error.originalError instanceof InvalidDateError) || !error.nodes?.[0]) return;
              const where = argumentPath(document, error.nodes[0]);
              const value = error.originalError.value;
              const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
              const message = where
                ? `Argument "${where.argument}"${where.field ? ` of "${where.field}"` : ''} has the invalid Date ${shown}; use an ISO 8601 calendar date such as "2025-10-17".`
                : error.originalError.message;
              list[i] = new GraphQLError(message, {
                nodes: error.nodes,
                originalError: new BadInputError(message, { argument: where?.argument ?? null, value }),
              });
            });
          };
        },
      };
    },
  };
}
