import { AppError } from '../../errors';
import { decodeCursor, encodeCursor, pageOf, pageSize } from './pagination';

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

describe('cursors', () => {
  it('round-trip their key', () => {
    const cursor = encodeCursor('statements:DATE_DESC', [-20251017, '', 'article:a', 12, 'statement:x']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('after', cursor, 'statements:DATE_DESC', ['number', 'string', 'string', 'number', 'string'])).toEqual([-20251017, '', 'article:a', 12, 'statement:x']);
  });

  it('are null when absent', () => {
    expect(decodeCursor('after', undefined, 't', ['string'])).toBeNull();
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['another tag', encodeCursor('actors:NAME', [0, 'a', 'b'])],
    ['another shape', encodeCursor('t', ['a', 'b'])],
    ['wrong types', encodeCursor('t', ['a'])],
  ])('refuses %s', (_what, cursor) => {
    expect(() => decodeCursor('after', cursor, 't', ['number'])).toThrow(/^Argument "after" has the invalid cursor/);
  });
});

describe('pageOf', () => {
  it('cuts the extra row and says more follow', () => {
    const page = pageOf([1, 2, 3], 2, (n) => n * 10, (n) => `c${n}`);
    expect(page).toEqual({ edges: [{ cursor: 'c1', node: 10 }, { cursor: 'c2', node: 20 }], pageInfo: { hasNextPage: true, endCursor: 'c2' } });
    expect(pageOf([], 2, (n) => n, String).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
