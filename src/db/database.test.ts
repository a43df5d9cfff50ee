import { Neo4jError } from 'neo4j-driver';

import { toAppError } from './database';

/** The driver's errors as Neo4j 5 sends them (code and message), mapped to what a client sees. */
describe('toAppError', () => {
  it.each([
    [
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      'The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached',
      'MEMORY_LIMIT',
    ],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', 'The allocation of an extra 8.0 MiB would use more than the limit 10.0 MiB.', 'MEMORY_LIMIT'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'The transaction has been terminated.', 'TIMEOUT'],
    ['ServiceUnavailable', 'Could not perform discovery.', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Statement.SyntaxError', 'Invalid input', 'INTERNAL_SERVER_ERROR'],
  ])('maps %s to %s', (code, message, expected) => {
    const mapped = toAppError(new Neo4jError(message, code, '50N42', 'error: general processing exception'));
    expect(mapped.extensions.code).toBe(expected);
    // The driver's message stays in the cause, for the log, and never in the client's sentence.
    expect(mapped.message).not.toContain(message);
  });

  it('tells the client over the memory limit what to narrow', () => {
    const mapped = toAppError(new Neo4jError('limit reached', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '51N72', 'memory pool out of memory'));
    expect(mapped.message).toBe(
      'The request needed more memory than the database allows one transaction (dbms.memory.transaction.total.max or db.memory.transaction.max); narrow it (a filter, smaller "first", "maxNodes", "maxEdges" or "idsPerEdge", fewer nested fields) and retry.',
    );
  });
});
