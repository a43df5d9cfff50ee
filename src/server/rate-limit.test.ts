import { TokenBuckets } from './rate-limit';
import type { RateRule } from '../config';

const RULE: RateRule = { points: 100, perSecond: 10, setting: 'RATE_LIMIT_POINTS' };

describe('TokenBuckets', () => {
  let now = 0;
  const buckets = () => new TokenBuckets(() => now);
  beforeEach(() => (now = 1_000_000));

  it('starts full and takes what an operation costs', () => {
    const b = buckets();
    expect(b.take('a', 30, RULE)).toEqual({ ok: true, remaining: 70, retryAfterSeconds: 0 });
    expect(b.remaining('a', RULE)).toBe(70);
  });

  it('refuses, taking nothing, when the bucket holds less than the cost, and says when it will hold it', () => {
    const b = buckets();
    b.take('a', 95, RULE);
    expect(b.take('a', 30, RULE)).toEqual({ ok: false, remaining: 5, retryAfterSeconds: 3 });
    expect(b.remaining('a', RULE)).toBe(5);
  });

  it('refills at its rate, up to its size', () => {
    const b = buckets();
    b.take('a', 100, RULE);
    now += 2_500;
    expect(b.remaining('a', RULE)).toBe(25);
    now += 60_000;
    expect(b.remaining('a', RULE)).toBe(100);
  });

  it('caps a cost above the bucket size at the size, so the operation runs once the bucket is full', () => {
    const b = buckets();
    expect(b.take('a', 5_000, RULE)).toEqual({ ok: true, remaining: 0, retryAfterSeconds: 0 });
    expect(b.take('a', 5_000, RULE)).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 10 });
  });

  it('keeps one bucket per key', () => {
    const b = buckets();
    b.take('a', 100, RULE);
    expect(b.take('b', 100, RULE).ok).toBe(true);
    expect(b.take('a', 1, RULE).ok).toBe(false);
  });

  it('asks for at least one second, never zero, when refused', () => {
    const b = buckets();
    b.take('a', 100, RULE);
    now += 950;
    expect(b.take('a', 10, RULE)).toMatchObject({ ok: false, retryAfterSeconds: 1 });
  });
});
