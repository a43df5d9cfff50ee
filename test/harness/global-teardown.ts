import fs from 'node:fs';

/** Stops the run's throwaway Neo4j and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const test = globalThis.__TEST_NEO4J__;
  if (!test) return;
  await test.neo4j.stop();
  fs.rmSync(test.dataDir, { recursive: true, force: true });
}
