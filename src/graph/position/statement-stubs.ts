import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

import { StatementRow } from '../common/rows';
import { fieldsNamed, memo } from './selection';

/** Fields a statement stub (`{ __typename, id }`) answers by itself. */
const STUB_FIELDS = new Set(['id', '__typename']);

/**
 * True when the field being resolved selects nothing of its statements but `id` and
 * `__typename`, through fragments and inline fragments too: then the ids the parent already
 * holds answer it, and no statement needs loading. Conservative: a field under `@skip`/`@include`
 * counts as selected, whatever the condition.
 */
export function selectsOnlyIds(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return info.fieldNodes.every((field: FieldNode) => !field.selectionSet || onlyStubFields(field.selectionSet, info.fragments, new Set()));
}

function onlyStubFields(set: SelectionSetNode, fragments: GraphQLResolveInfo['fragments'], seen: Set<string>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === 'Field') return STUB_FIELDS.has(selection.name.value);
    if (selection.kind === 'InlineFragment') return onlyStubFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    // A fragment met twice has already been checked (validation rules out cycles).
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = fragments[name];
    return fragment !== undefined && onlyStubFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * True when a statement connection being resolved selects nothing of its nodes
 * (`edges { node { ... } }`) but `id` and `__typename`: then statement stubs answer it.
 */
export function statementNodesSelectOnlyIds(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return memo(info.fieldNodes, statementNodesSelectOnlyIds, () => {
    const nodes = info.fieldNodes
      .flatMap((field) => fieldsNamed(field.selectionSet, info.fragments, 'edges'))
      .flatMap((edges) => fieldsNamed(edges.selectionSet, info.fragments, 'node'));
    return selectsOnlyIds({ fieldNodes: nodes, fragments: info.fragments });
  });
}

/**
 * Statements reduced to what `selectsOnlyIds` allows a client to read: their id. Typed as rows
 * so they flow through the `Statement` type; no other field of them may be read.
 */
export function statementStubs(ids: string[]): StatementRow[] {
  return ids.map((id) => ({ __typename: 'Statement', id }) as StatementRow);
}
