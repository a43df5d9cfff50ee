import { buildSchema, parse, OperationDefinitionNode } from 'graphql';

import { costOf } from './limits';

const schema = buildSchema(`
  type Query { statements(first: Int = 20): StatementConnection! }
  type StatementConnection { totalCount: Int!  edges: [StatementEdge!]! }
  type StatementEdge { node: Statement! }
  type Statement { text: String!  about: [Entity!]! }
  type Entity { name: String! }
`);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return costOf(schema, document, document.definitions[0] as OperationDefinitionNode, variables, 20);
}

describe('costOf', () => {
  it('sizes a connection by its first and counts its edges once (the documented example)', () => {
    expect(cost('{ statements(first: 50) { edges { node { about { name } } } } }')).toBe(1151);
  });

  it('reads first from variables and falls back to the argument default', () => {
    expect(cost('query Q($n: Int) { statements(first: $n) { edges { node { text } } } }', { n: 10 })).toBe(1 + 10 + 10 + 10);
    expect(cost('{ statements { edges { node { text } } } }')).toBe(1 + 20 + 20 + 20);
  });

  it('grows with first: 100000 far past any sane limit', () => {
    expect(cost('{ statements(first: 100000) { edges { node { text } } } }')).toBe(1 + 3 * 100000);
  });

  it('costs nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
