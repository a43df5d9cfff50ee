import { availableMemoryMb, neo4jMemory, sizeNeo4jMemory } from './memory';
import { loadConfig } from '../config';

describe('the embedded Neo4j sized from memory', () => {
  it.each([
    // total MiB, page cache, heap
    [24 * 1024, 9216, 6144],
    [4 * 1024, 1536, 1024],
    [2 * 1024, 512, 512],
    [512, 128, 512],
    [256 * 1024, 98304, 31744],
  ])('gives a machine of %i MiB a page cache of %i MiB and a heap of %i MiB', (total, pageCacheMb, heapMb) => {
    expect(sizeNeo4jMemory(total)).toEqual({ pageCacheMb, heapMb });
  });

  it('keeps a size that a setting gives and computes the other', () => {
    expect(neo4jMemory({ pageCacheMb: 300, heapMb: null }, { totalMb: 24 * 1024, source: 'machine' })).toEqual({
      pageCacheMb: 300,
      heapMb: 6144,
      totalMb: 24 * 1024,
      source: 'machine',
    });
  });

  it("takes a container's memory limit when it is below the machine's", () => {
    const limited = availableMemoryMb((file) => (file === '/sys/fs/cgroup/memory.max' ? `${2 * 1024 * 1024 * 1024}\n` : null));
    expect(limited).toEqual({ totalMb: 2048, source: 'cgroup' });
    const unlimited = availableMemoryMb((file) => (file === '/sys/fs/cgroup/memory.max' ? 'max\n' : null));
    expect(unlimited.source).toBe('machine');
  });

  it('is what loadConfig starts the embedded Neo4j with, unless NEO4J_PAGE_CACHE_MB or NEO4J_HEAP_MB says otherwise', () => {
    const memory = () => ({ totalMb: 8 * 1024, source: 'machine' as const });
    expect(loadConfig({}, '/p', memory).neo4j).toMatchObject({ pageCacheMb: 3072, heapMb: 2048 });
    expect(loadConfig({ NEO4J_PAGE_CACHE_MB: '64', NEO4J_HEAP_MB: '700' }, '/p', memory).neo4j).toMatchObject({ pageCacheMb: 64, heapMb: 700 });
    expect(() => loadConfig({ NEO4J_HEAP_MB: 'lots' }, '/p', memory)).toThrow('NEO4J_HEAP_MB "lots" is not a whole number between 128 and 1048576.');
  });
});
