import { parse, validate } from 'graphql';

import { createSchema } from '../graph/schema';
import { exampleOperations } from './playground';

describe('exampleOperations', () => {
  it('gives each operation the comments above it and the fragments it spreads, and no others', () => {
    const source = [
      '# Health, through two fragments.',
      'query A { ...Status }',
      '',
      '# Health, plainly.',
      'query B { health { status } }',
      '',
      '# Shared parts.',
      'fragment Status on Query { health { status ...Database } }',
      'fragment Database on Health { neo4j }',
      'fragment Unused on Query { health { status } }',
      '',
    ].join('\n');
    expect(exampleOperations(source)).toEqual([
      {
        name: 'A',
        query:
          '# Health, through two fragments.\nquery A { ...Status }\nfragment Status on Query { health { status ...Database } }\nfragment Database on Health { neo4j }\n',
      },
      { name: 'B', query: '# Health, plainly.\nquery B { health { status } }\n' },
    ]);
  });

  it('makes a tab of every example that validates on its own', async () => {
    const schema = await createSchema();
    for (const tab of exampleOperations()) expect({ tab: tab.name, errors: validate(schema, parse(tab.query)) }).toEqual({ tab: tab.name, errors: [] });
  });
});
