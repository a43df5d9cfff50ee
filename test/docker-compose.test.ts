import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { ROOT } from './harness/database';

/**
 * This machine has no Docker engine and no compose plugin, so the compose file is checked by
 * parsing it: Neo4j 5.26 Community, the app pointed at it over Bolt, a healthcheck gating start.
 */
describe('docker-compose.yml', () => {
  const compose = YAML.parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('runs Neo4j 5.26 Community with a persistent volume', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the app after Neo4j is healthy and points it at the neo4j service', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.ports).toContain('127.0.0.1:4000:4000');
  });

  it('uses the same password on both sides', () => {
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-stancegraph-local}');
    expect(compose.services.app.environment.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-stancegraph-local}');
  });

  it('builds from a Dockerfile that copies everything the app reads at run time', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    for (const dir of ['src', 'cypher', 'schema', 'data']) expect(dockerfile).toContain(`COPY ${dir} ./${dir}`);
  });
});
