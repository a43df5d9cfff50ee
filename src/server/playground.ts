import express from 'express';
import { ASTNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, visit } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../config';

/** The example operations preloaded in the playground; every one is run by a test. */
export const EXAMPLES_FILE = path.join(projectRoot(), 'schema', 'examples.graphql');

/**
 * Everything the page loads, all from this app's own files (node_modules), so that the
 * playground works offline: no CDN, no external request (the CSP forbids them anyway).
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** A file of an installed package; refuses to start when it is missing (a broken install). */
function packageFile(pkg: string, file: string): string {
  const full = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  if (!fs.existsSync(full)) throw new Error(`The playground needs ${pkg}/${file}, which is missing; run npm install.`);
  return full;
}

/** Starts GraphiQL on the page, with one tab per example operation. */
const BOOT_SCRIPT = `(function () {
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify('/graphql')} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: examples.length ? examples[0].query : '{ health { status } }',
    defaultTabs: examples,
  }));
})();
`;

const STYLE = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** Only this origin: scripts from files (none inline), styles inline too (GraphiQL sets them). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface ExampleTab {
  /** The operation's text with the comment lines just above it. */
  query: string;
  name: string;
}

/**
 * Splits the examples file into its named operations, each with the comment lines above it and
 * the fragments it spreads (directly or through other fragments), so that every tab is a
 * document that validates on its own.
 */
export function exampleOperations(source = fs.readFileSync(EXAMPLES_FILE, 'utf8')): ExampleTab[] {
  const document = parse(source);
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const before = source.slice(0, op.loc!.start).split('\n');
      before.pop();
      const comments: string[] = [];
      while (before.length && before[before.length - 1].trimStart().startsWith('#')) comments.unshift(before.pop()!);
      const spread = fragmentsSpread(op, fragments).map((f) => source.slice(f.loc!.start, f.loc!.end));
      const text = [...comments, source.slice(op.loc!.start, op.loc!.end), ...spread].join('\n');
      return { name: op.name?.value ?? '(anonymous)', query: `${text}\n` };
    });
}

/** The fragments a definition spreads, directly or through other fragments, in the file's order. */
function fragmentsSpread(definition: ASTNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const names = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        // An unknown fragment is left for validation to report.
        if (!fragment || names.has(fragment.name.value)) return;
        names.add(fragment.name.value);
        walk(fragment);
      },
    });
  walk(definition);
  return [...fragments.values()].filter((f) => names.has(f.name.value));
}

function page(examples: ExampleTab[]): string {
  // JSON inside <script> must not close the element: escape every '<'.
  const json = JSON.stringify(examples.map((e) => ({ query: e.query }))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>stancegraph · GraphQL playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.min.css">
<link rel="stylesheet" href="/playground/assets/playground.css">
<link rel="icon" href="data:,">
</head>
<body>
<div id="graphiql">Loading the GraphQL playground…</div>
<script type="application/json" id="examples">${json}</script>
<script src="/playground/assets/react.production.min.js"></script>
<script src="/playground/assets/react-dom.production.min.js"></script>
<script src="/playground/assets/graphiql.min.js"></script>
<script src="/playground/assets/playground.js"></script>
</body>
</html>
`;
}

/** True for a browser navigating to the URL (it prefers HTML), not for a GraphQL client. */
function wantsHtml(req: express.Request): boolean {
  return (
    req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/**
 * Mounts the offline GraphiQL playground: `GET /playground`, and `GET /graphql` when a browser
 * asks for HTML (GraphQL GET requests, which carry `?query=`, go on to the API). Mount it before
 * the GraphQL middleware.
 */
export function mountPlayground(app: express.Express): void {
  const html = page(exampleOperations());
  const sendPage = (_req: express.Request, res: express.Response) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  };
  app.get('/playground', sendPage);
  app.get('/graphql', (req, res, next) => (wantsHtml(req) ? sendPage(req, res) : next()));
  app.get('/playground/assets/:name', (req, res) => {
    const name = String(req.params.name);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (name === 'playground.js') return void res.type('text/javascript').setHeader('Cache-Control', 'no-cache').send(BOOT_SCRIPT);
    if (name === 'playground.css') return void res.type('text/css').setHeader('Cache-Control', 'no-cache').send(STYLE);
    const asset = ASSETS[name];
    if (!asset)
      return void res
        .status(404)
        .type('text/plain')
        .send(`There is no playground asset named ${JSON.stringify(name)}.`);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type(asset.type).sendFile(asset.file);
  });
}
