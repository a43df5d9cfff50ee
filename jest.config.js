/**
 * Two projects, so that the tests that need no database run without a JVM:
 *
 * - unit: every test under src/, and the tests under test/ listed in UNIT below (schema drift,
 *   the dashboard's queries and libraries, the compose file, the Chromium lookup). No
 *   globalSetup: they start nothing. `npx jest src/` or `npx jest --selectProjects unit`.
 * - integration: every other test under test/, against a real Neo4j. Its globalSetup
 *   (test/harness/global-setup.ts) starts one throwaway embedded Neo4j for the run and
 *   global-teardown.ts stops it; jest runs them only when the run includes a test of this project.
 *   They run in band (`npm test`) because they share that database.
 *
 * A test file belongs to exactly one project: a new test under test/ is an integration test
 * unless it is added to UNIT.
 */
const UNIT = [
  'test/api/schema.test.ts',
  'test/docker-compose.test.ts',
  'test/e2e/dashboard-server.test.ts',
  'test/e2e/web-lib.test.ts',
  'test/e2e/web-queries.test.ts',
  'test/harness/browser.test.ts',
  'test/harness/fuzz.test.ts',
];

const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['<rootDir>/src/**/*.test.ts', ...UNIT.map((file) => `<rootDir>/${file}`)],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...UNIT.map((file) => `<rootDir>/${file.replace(/\./g, '\\.')}$`)],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};
