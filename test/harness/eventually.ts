// Jest assertions for browser tests; kept apart from browser.ts, which the bench compiles without jest.

/**
 * Waits until `read` (a locator's text or value) answers `expected` (equal, or matching a
 * pattern), then passes; after `timeout` ms it fails with the last value read. A page updates
 * after the event that changes it (a save, a check against the graph), so a single read right
 * after a click can see the state before.
 */
export async function eventually(read: () => Promise<string>, expected: string | RegExp, timeout = 15_000): Promise<void> {
  const matches = (value: string) => (typeof expected === 'string' ? value === expected : expected.test(value));
  const until = Date.now() + timeout;
  let value = await read();
  while (!matches(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  if (typeof expected === 'string') expect(value).toBe(expected);
  else expect(value).toMatch(expected);
}
