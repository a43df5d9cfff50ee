import { FieldNode, OperationDefinitionNode, parse } from 'graphql';

import { positionSelection, selectsOnly } from './selection';

/** The resolve info of the first `positions` field of a document, as graphql-js would pass it. */
function infoOf(document: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(document);
  const fragments = Object.fromEntries(doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments, variableValues };
}

describe('what a positions field needs of its statements', () => {
  it.each([
    ['no statements at all', '{ positions(topic: "t") { stance statementCount } }', {}, { preview: 0, withIds: false }],
    ['a first page of the default size', '{ positions(topic: "t") { statements { totalCount } } }', {}, { preview: 21, withIds: false }],
    [
      'the largest first page of several, through a fragment',
      '{ positions(topic: "t") { a: statements(first: 2) { totalCount } ...F } } fragment F on Position { b: statements(first: 7) { totalCount } }',
      {},
      { preview: 8, withIds: false },
    ],
    [
      'a page size from a variable',
      'query($n: Int) { positions(topic: "t") { statements(first: $n) { totalCount } } }',
      { n: 3 },
      { preview: 4, withIds: false },
    ],
    [
      'a page after a cursor only (answered by its own query)',
      '{ positions(topic: "t") { statements(first: 5, after: "c") { totalCount } } }',
      {},
      { preview: 0, withIds: false },
    ],
    ['an out-of-range size (the field reports it)', '{ positions(topic: "t") { statements(first: 500) { totalCount } } }', {}, { preview: 0, withIds: false }],
    ['every id, inside an inline fragment', '{ positions(topic: "t") { ... on Position { statementIds } } }', {}, { preview: 0, withIds: true }],
  ])('reads %s', (_name, document, variables, expected) => {
    expect(positionSelection(infoOf(document, variables))).toEqual(expected);
  });
});

describe('a selection answered by a reduced row', () => {
  const allowed = new Set(['__typename', 'id', 'name']);
  const actorOf = (document: string) => {
    const info = infoOf(document);
    const actor = info.fieldNodes[0].selectionSet!.selections.find((s): s is FieldNode => s.kind === 'Field' && s.name.value === 'actor')!;
    return { fieldNodes: [actor], fragments: info.fragments };
  };

  it('is one of only those fields, through fragments too', () => {
    expect(selectsOnly(actorOf('{ positions(topic: "t") { actor { __typename id ...N } } } fragment N on Actor { name }'), allowed)).toBe(true);
  });

  it('is not one with any other field', () => {
    expect(selectsOnly(actorOf('{ positions(topic: "t") { actor { id ... on Person { roles } } } }'), allowed)).toBe(false);
  });
});
