import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../config';
import { createSchema, toSdl } from './schema';

/** The committed SDL of the public API; a test fails when it drifts from the code. */
export const SCHEMA_FILE = path.join(projectRoot(), 'schema', 'schema.graphql');

/** `npm run schema`: writes the SDL built from the type-graphql classes to schema/schema.graphql. */
async function main(): Promise<void> {
  const sdl = toSdl(await createSchema());
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.split('\n').length} lines).\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
