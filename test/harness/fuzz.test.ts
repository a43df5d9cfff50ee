import { parse, validate } from 'graphql';

import { createSchema } from '../../src/graph/schema';
import { AnnotationMutator, OperationFuzzer } from './fuzz';

/** The fuzzers themselves: the same seed gives the same cases, and the operations are mostly valid GraphQL. */
describe('OperationFuzzer', () => {
  it('gives the same operations for the same seed, and others for another', async () => {
    const schema = await createSchema();
    const run = (seed: number) => {
      const f = new OperationFuzzer(schema, { ids: ['person:donald-trump'] }, seed);
      return Array.from({ length: 50 }, () => f.next().query);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it('writes operations that parse, and mostly validate against the schema, over many root fields', async () => {
    const schema = await createSchema();
    const f = new OperationFuzzer(schema, { ids: ['person:donald-trump'] }, 1);
    const ops = Array.from({ length: 500 }, () => f.next());
    const valid = ops.filter((o) => validate(schema, parse(o.query)).length === 0);
    expect(valid.length).toBeGreaterThan(ops.length * 0.6);
    const roots = new Set(ops.flatMap((o) => [...o.query.matchAll(/f\d: (\w+)/g)].map((m) => m[1])));
    expect(roots.size).toBeGreaterThan(15);
    expect(ops.some((o) => o.mutation)).toBe(true);
  });
});

describe('AnnotationMutator', () => {
  it('mutates a copy, names what it did, and repeats itself for the same seed', () => {
    const original = { article: { id: 'article:x', title: 'T' }, statements: [{ id: 's', start: 1, end: 4 }] };
    const a = new AnnotationMutator(3).mutate(original);
    const b = new AnnotationMutator(3).mutate(original);
    expect(a).toEqual(b);
    expect(a.did.length).toBeGreaterThan(0);
    expect(original).toEqual({ article: { id: 'article:x', title: 'T' }, statements: [{ id: 's', start: 1, end: 4 }] });
  });
});
