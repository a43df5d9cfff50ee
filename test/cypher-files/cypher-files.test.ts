import path from 'node:path';

import { Connection } from '../../src/db/connect';
import { loadQueries } from '../../src/db/queries';
import { ROOT, connectTestDatabase } from '../harness/database';

let connection: Connection;
beforeAll(async () => (connection = await connectTestDatabase()));
afterAll(() => connection.close());

const queries = loadQueries(path.join(ROOT, 'cypher'));

describe('every named Cypher file', () => {
  it.each(Object.keys(queries).filter((name) => !name.startsWith('schema/')))('%s compiles (EXPLAIN)', async (name) => {
    const session = connection.db.driver.session();
    try {
      // EXPLAIN plans the query without running it: syntax, labels and functions are checked.
      await session.run(`EXPLAIN ${queries[name]}`);
    } finally {
      await session.close();
    }
  });

  it('opens with a header comment saying what it does, its parameters and what it returns', () => {
    for (const [name, text] of Object.entries(queries)) {
      const header = text
        .split('\n')
        .filter((l) => l.startsWith('//'))
        .join('\n');
      expect({ name, parameters: /Parameters:/.test(header), returns: /Returns:/.test(header) }).toEqual({ name, parameters: true, returns: true });
    }
  });
});
