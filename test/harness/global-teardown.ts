/** Jest's globalTeardown of the integration project: stops the run's throwaway Neo4j and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__TEST_NEO4J__?.stop();
}
