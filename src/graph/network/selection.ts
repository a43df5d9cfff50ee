import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the selection of the field being resolved reaches a field named in `path`, in order
 * (`['edges', 'statementIds']`), through fragments and inline fragments too. The network queries
 * gather the statements behind each edge only when a client reads them: on a large network that
 * is most of the work. Conservative: a field under `@skip`/`@include` counts as selected.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[], leaves: readonly string[]): boolean {
  return info.fieldNodes.some((field) => field.selectionSet !== undefined && reaches(field.selectionSet, path, leaves, info.fragments, new Set()));
}

function reaches(
  set: SelectionSetNode,
  path: readonly string[],
  leaves: readonly string[],
  fragments: GraphQLResolveInfo['fragments'],
  seen: Set<string>,
): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === 'InlineFragment') return reaches(selection.selectionSet, path, leaves, fragments, seen);
    if (selection.kind === 'FragmentSpread') {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) return false;
      seen.add(name);
      return reaches(fragments[name].selectionSet, path, leaves, fragments, seen);
    }
    const name = selection.name.value;
    if (path.length === 0) return leaves.includes(name);
    return name === path[0] && selection.selectionSet !== undefined && reaches(selection.selectionSet, path.slice(1), leaves, fragments, seen);
  });
}
