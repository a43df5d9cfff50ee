import { AppError } from '../../errors';
import { keyset, pageOf, pageSize } from './pagination';

describe('pageSize', () => {
  it('defaults when absent and accepts the bounds', () => {
    expect(pageSize('first', undefined)).toBe(20);
    expect(pageSize('first', null, 10)).toBe(10);
    expect(pageSize('first', 0)).toBe(0);
    expect(pageSize('first', 100)).toBe(100);
  });

  it.each([101, -1, 1.5])('refuses %p with a BAD_USER_INPUT naming the argument and value', (value) => {
    try {
      pageSize('first', value);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).message).toBe(`Argument "first" is ${value}, but it must be a whole number from 0 to 100.`);
    }
  });
});

describe('keyset cursors', () => {
  const statements = keyset<{ dateKey: number; speakerKey: string; articleId: string; start: number; id: string }>([
    ['dateKey', 'number'],
    ['speakerKey', 'string'],
    ['articleId', 'string'],
    ['start', 'number'],
    ['id', 'string'],
  ]);
  const key = { dateKey: -20251017, speakerKey: '', articleId: 'article:a', start: 12, id: 'statement:x' };

  it('round-trip their key, field by field', () => {
    const cursor = statements.encode('statements:DATE_DESC', key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(statements.decode('after', cursor, 'statements:DATE_DESC')).toEqual(key);
  });

  // Clients keep cursors: the encoding is the tag and the values in field order, as it always was.
  it('encode the tag and the values in field order', () => {
    expect(JSON.parse(Buffer.from(statements.encode('t', key), 'base64url').toString())).toEqual(['t', -20251017, '', 'article:a', 12, 'statement:x']);
  });

  it('are null when absent', () => {
    expect(statements.decode('after', undefined, 't')).toBeNull();
  });

  const one = keyset<{ n: number }>([['n', 'number']]);
  const raw = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['another tag', raw(['actors:NAME', 0])],
    ['another shape', raw(['t', 1, 2])],
    ['wrong types', raw(['t', 'a'])],
    ['not finite', raw(['t', null])],
  ])('refuse %s', (_what, cursor) => {
    expect(() => one.decode('after', cursor, 't')).toThrow(/^Argument "after" has the invalid cursor/);
  });
});

describe('pageOf', () => {
  const count = () => Promise.resolve(3);

  it('cuts the extra row, says more follow, and gives the first and last cursors', () => {
    const page = pageOf(
      [1, 2, 3],
      { first: 2, after: null },
      (n) => n * 10,
      (n) => `c${n}`,
      count,
    );
    expect(page.edges).toEqual([
      { cursor: 'c1', node: 10 },
      { cursor: 'c2', node: 20 },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
  });

  it('has items before it when asked for after a cursor, and no cursors when empty', () => {
    expect(pageOf([], { first: 2, after: { n: 1 } }, (n) => n, String, count).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('answers first: 0 with no edges, and whether any item exists', () => {
    expect(pageOf([1], { first: 0, after: null }, (n) => n, String, count).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
