// Lint rules of the project (`npm run lint`; .ci/run runs it). typescript-eslint's recommended
// rules over all TypeScript, the hooks rules over the dashboard, and Prettier owns the layout
// (eslint-config-prettier turns off every rule it would contradict).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'web/dist/', 'bench/.build/', 'node_modules/', 'neo4j/target/', 'coverage/', 'test/.artifacts/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Unused values are mistakes; a leading underscore marks one that is there on purpose
      // (a destructured field left out of a copy, a parameter an interface requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `x == null` is the one loose comparison worth keeping: it is null-or-undefined.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
    },
  },
  {
    // Tests, the bench and scripts read untyped JSON answers and print what they measure.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.mjs', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-console': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs', 'jest.config.js', '**/jest.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', URL: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The views key their effects on ids and route values on purpose (an effect runs again when
    // the entity or the route changes, not when an object is rebuilt on render); the browser
    // tests pin that behaviour. exhaustive-deps would ask for the opposite, so it is off.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'off' },
  },
  prettier,
);
