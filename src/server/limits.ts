import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
} from 'graphql';

import { Limits } from '../config';

/** Error codes of the limits, stable for clients. */
export type LimitCode = 'DOCUMENT_TOO_LARGE' | 'BATCH_TOO_LARGE' | 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_ROOT_FIELDS' | 'QUERY_TOO_COSTLY';

/** A request refused by a limit, before execution; answered with HTTP 400. */
export class LimitError extends GraphQLError {
  constructor(code: LimitCode, message: string, details: { limit: number; actual: number }) {
    super(message, { extensions: { code, ...details, http: { status: 400 } } });
  }
}

/**
 * Shape limits that need no schema: depth, aliases and root fields, checked on the parsed
 * document before Apollo validates it (validation of 1,000 aliases is itself quadratic work).
 * Introspection fields (`__schema`, `__type`) do not count towards depth, so GraphiQL works.
 * Returns the first limit broken, or undefined.
 */
export function checkShape(document: DocumentNode, limits: Limits): LimitError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  let aliases = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    aliases += countAliases(def.selectionSet);
  }
  if (aliases > limits.maxAliases) {
    return new LimitError(
      'TOO_MANY_ALIASES',
      `The document uses ${aliases} aliases, ${aliases - limits.maxAliases} more than the limit of ${limits.maxAliases} (MAX_ALIASES).`,
      { limit: limits.maxAliases, actual: aliases },
    );
  }

  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const name = def.name ? `Operation "${def.name.value}"` : 'The operation';
    const roots = rootFieldCount(def.selectionSet, fragments, new Set());
    if (roots > limits.maxRootFields) {
      return new LimitError(
        'TOO_MANY_ROOT_FIELDS',
        `${name} selects ${roots} top-level fields, ${roots - limits.maxRootFields} more than the limit of ${limits.maxRootFields} (MAX_ROOT_FIELDS).`,
        { limit: limits.maxRootFields, actual: roots },
      );
    }
    const depth = depthOf(def.selectionSet, fragments, new Set(), limits.maxDepth + 1);
    if (depth > limits.maxDepth) {
      return new LimitError(
        'QUERY_TOO_DEEP',
        `${name} is nested ${depth === limits.maxDepth + 1 ? 'at least ' : ''}${depth} levels deep, more than the limit of ${limits.maxDepth} (MAX_QUERY_DEPTH).`,
        { limit: limits.maxDepth, actual: depth },
      );
    }
  }
  return undefined;
}

/** Parses with a token cap so that a huge or pathological document costs bounded work. */
export function parseBounded(source: string, maxTokens: number): DocumentNode {
  return parse(source, { maxTokens });
}

function countAliases(set: SelectionSetNode | undefined): number {
  if (!set) return 0;
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) n += (sel.alias ? 1 : 0) + countAliases(sel.selectionSet);
    else if (sel.kind === Kind.INLINE_FRAGMENT) n += countAliases(sel.selectionSet);
  }
  return n;
}

function rootFieldCount(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let n = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) n += sel.name.value.startsWith('__') ? 0 : 1;
    else if (sel.kind === Kind.INLINE_FRAGMENT) n += rootFieldCount(sel.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(sel.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        n += rootFieldCount(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
      }
    }
  }
  return n;
}

/** Depth of a selection set, stopping at `cap` so that cyclic or exponential fragments stay cheap. */
function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, cap: number): number {
  let max = 0;
  for (const sel of set.selections) {
    let d: number;
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      d = 1 + (sel.selectionSet && cap > 1 ? depthOf(sel.selectionSet, fragments, seen, cap - 1) : 0);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      d = depthOf(sel.selectionSet, fragments, seen, cap);
    } else {
      const fragment = fragments.get(sel.name.value);
      // A fragment cycle is reported by GraphQL validation; here it only must not loop.
      if (!fragment || seen.has(fragment.name.value)) continue;
      d = depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]), cap);
    }
    max = Math.max(max, d);
    if (max >= cap) return cap;
  }
  return max;
}

/**
 * The cost of an operation: an estimate of how many nodes it can return, as GitHub computes
 * its node limit. Every field costs 1 for each time it can appear; a field with a `first`
 * argument (or a default for it) multiplies what is below it by `first`; a list field without
 * one multiplies by `listSizeEstimate`, except the `edges`/`nodes` lists of a `…Connection`,
 * whose length is the `first` already counted. Introspection costs nothing.
 *
 *   cost(selection, multiplier) = Σ over fields f:
 *       multiplier + cost(f.selection, multiplier × size(f))
 *   size(f) = f.first if given (argument or default); 1 for a connection's lists;
 *             listSizeEstimate for other lists; else 1
 *
 * `statements(first: 50) { edges { node { about { name } } } }` costs
 * 1 (statements) + 50 (edges) + 50 (node) + 50 (about) + 50 × 20 (name) = 1,151.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  listSizeEstimate: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;

  const walk = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total += fieldCost(sel, type, multiplier, seen);
      } else {
        const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments.get(sel.name.value);
        if (!fragment || (sel.kind === Kind.FRAGMENT_SPREAD && seen.has(sel.name.value))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        const nextSeen = sel.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, sel.name.value]) : seen;
        total += walk(fragment.selectionSet, condition ?? type, multiplier, nextSeen);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, multiplier: number, seen: Set<string>): number => {
    if (node.name.value.startsWith('__')) return 0;
    if (!(isObjectType(parent) || isInterfaceType(parent))) return multiplier;
    const field = parent.getFields()[node.name.value];
    if (!field) return multiplier;
    let size = 1;
    const hasFirst = field.args.some((a) => a.name === 'first');
    if (hasFirst) {
      size = firstArgument(field, node, variables) ?? listSizeEstimate;
    } else if (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection')) {
      size = listSizeEstimate;
    }
    const named = getNamedType(field.type);
    if (!node.selectionSet) return multiplier;
    return multiplier + walk(node.selectionSet, named, multiplier * size, seen);
  };

  return walk(operation.selectionSet, root, 1, new Set());
}

/** The `first` argument's value: literal, variable (raw, as coercion comes later) or default. */
function firstArgument(field: Parameters<typeof getArgumentValues>[0], node: FieldNode, variables: Record<string, unknown>): number | undefined {
  try {
    const first = getArgumentValues(field, node, variables).first;
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(first, 0) : undefined;
  } catch {
    // A bad value is reported by execution with its own error; the estimate stands in here.
    return undefined;
  }
}

/** Costs already computed, per request: the cost limit and the rate limit ask for the same one. */
const costs = new WeakMap<object, number>();

/** The cost (costOf) of the request's resolved operation, computed once per request. */
export function operationCost(
  requestContext: Pick<GraphQLRequestContextDidResolveOperation<object>, 'schema' | 'document' | 'operation' | 'request'>,
  limits: Limits,
): number {
  const { schema, document, operation, request } = requestContext;
  if (!operation) return 0;
  let cost = costs.get(request);
  if (cost === undefined) {
    cost = costOf(schema, document, operation, request.variables ?? {}, limits.listSizeEstimate);
    costs.set(request, cost);
  }
  return cost;
}

/**
 * Apollo plugin: refuses an operation whose cost is over the limit, after validation (the
 * cost needs the schema and the request's variables, which validation rules do not get).
 */
export function costLimitPlugin(limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          if (!requestContext.operation) return;
          const cost = operationCost(requestContext, limits);
          if (cost > limits.maxCost) {
            throw new LimitError(
              'QUERY_TOO_COSTLY',
              `The operation may return up to ${cost} nodes, ${cost - limits.maxCost} more than the limit of ${limits.maxCost} (MAX_QUERY_COST); ask for smaller pages (lower "first") or fewer nested lists.`,
              { limit: limits.maxCost, actual: cost },
            );
          }
        },
      };
    },
  };
}
