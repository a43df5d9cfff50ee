import { ArgsLoaders, stableJson } from './loaders';

describe('stableJson', () => {
  it('gives equal strings for equal argument sets, whatever the key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, null], c: 'x' } })).toBe(stableJson({ a: { c: 'x', d: [1, null] }, b: 1 }));
    expect(stableJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('ArgsLoaders', () => {
  it('batches the keys of one argument set into one call, keeps argument sets apart', async () => {
    const calls: [string, readonly string[]][] = [];
    const loaders = new ArgsLoaders();
    const loader = (args: object) =>
      loaders.get('field', args, async (keys: readonly string[]) => {
        calls.push([stableJson(args), keys]);
        return keys.map((k) => `${k}!`);
      });
    const results = await Promise.all([loader({ first: 1 }).load('a'), loader({ first: 1 }).load('b'), loader({ first: 2 }).load('a')]);
    expect(results).toEqual(['a!', 'b!', 'a!']);
    expect(calls).toEqual([
      ['{"first":1}', ['a', 'b']],
      ['{"first":2}', ['a']],
    ]);
  });
});
