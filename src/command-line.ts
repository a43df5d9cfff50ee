/**
 * Runs a command-line entry point: exits with the code `main` answers. An error of one of the
 * `expected` kinds (bad input, bad configuration, a Neo4j that would not start) is the user's to
 * fix, so only its message is printed; anything else is a fault, printed with its stack.
 */
export function runCommand(main: () => Promise<number>, expected: ReadonlyArray<abstract new (...args: never[]) => Error>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known = expected.some((kind) => error instanceof kind);
      process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
