import { FieldNode, GraphQLResolveInfo, SelectionSetNode, valueFromASTUntyped } from 'graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * The fields named `name` in a selection set, through fragments and inline fragments. A field
 * under `@skip`/`@include` counts as selected, whatever the condition: callers use this to read
 * more than needed, never less.
 */
export function fieldsNamed(set: SelectionSetNode | undefined, fragments: Fragments, name: string, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name ? [selection] : [];
    if (selection.kind === 'InlineFragment') return fieldsNamed(selection.selectionSet, fragments, name, seen);
    // A fragment met twice has been walked already (validation rules out cycles).
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsNamed(fragment.selectionSet, fragments, name, seen) : [];
  });
}

/**
 * True when every selection of the field being resolved asks for nothing but `allowed` fields
 * (through fragments too): then a row holding only those answers it.
 */
export function selectsOnly(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, allowed: ReadonlySet<string>): boolean {
  return memo(info.fieldNodes, allowed, () =>
    info.fieldNodes.every((field) => !field.selectionSet || onlyFields(field.selectionSet, info.fragments, allowed, new Set())),
  );
}

/**
 * Answers per field-node list: graphql-js hands every item of a list the same `fieldNodes`
 * array, so a thousand positions walk their selection once, not a thousand times.
 */
const answers = new WeakMap<readonly FieldNode[], Map<unknown, boolean>>();

export function memo(fieldNodes: readonly FieldNode[], question: unknown, answer: () => boolean): boolean {
  let known = answers.get(fieldNodes);
  if (!known) answers.set(fieldNodes, (known = new Map()));
  let value = known.get(question);
  if (value === undefined) known.set(question, (value = answer()));
  return value;
}

function onlyFields(set: SelectionSetNode, fragments: Fragments, allowed: ReadonlySet<string>, seen: Set<string>): boolean {
  return set.selections.every((selection) => {
    if (selection.kind === 'Field') return allowed.has(selection.name.value);
    if (selection.kind === 'InlineFragment') return onlyFields(selection.selectionSet, fragments, allowed, seen);
    const name = selection.name.value;
    if (seen.has(name)) return true;
    seen.add(name);
    const fragment = fragments[name];
    return fragment !== undefined && onlyFields(fragment.selectionSet, fragments, allowed, seen);
  });
}

/** What the position query must read for the positions a field resolves. */
export interface PositionSelection {
  /**
   * Statement keys per position: one more than the largest `statements(first)` asked without
   * `after`, so that the first page and whether more follow come with the positions. 0 when no
   * such page is asked.
   */
  preview: number;
  /** True when `statementIds` is selected: only then are every position's ids read. */
  withIds: boolean;
}

/**
 * Reads, from the selection of a field returning positions (`positions`, `Topic.positions`,
 * `Actor.positions`), how much of each position's statements the query must return. A page it
 * does not cover (asked `after` a cursor, or larger) is answered by a query of its own, so a
 * selection this misjudges costs a round trip, never a wrong answer.
 */
export function positionSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): PositionSelection {
  let preview = 0;
  let withIds = false;
  for (const field of info.fieldNodes) {
    if (fieldsNamed(field.selectionSet, info.fragments, 'statementIds').length > 0) withIds = true;
    for (const statements of fieldsNamed(field.selectionSet, info.fragments, 'statements')) {
      const args = Object.fromEntries((statements.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]));
      if (args.after !== undefined && args.after !== null) continue;
      const first: unknown = args.first ?? DEFAULT_PAGE_SIZE;
      // An invalid `first` is the statements field's own error to report.
      if (typeof first === 'number' && Number.isInteger(first) && first >= 0 && first <= MAX_PAGE_SIZE) preview = Math.max(preview, first + 1);
    }
  }
  return { preview, withIds };
}
