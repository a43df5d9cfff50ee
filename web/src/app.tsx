import { useEffect, useRef } from 'preact/hooks';

import { Route } from './lib/route';
import { onNavigate, useRoute } from './router';
import { ConnectView } from './views/connect';
import { EntityView } from './views/entity';
import { EvidenceView } from './views/evidence';
import { GraphView } from './views/graph';
import { MatrixView } from './views/matrix';
import { SearchView } from './views/search';
import { StatementsView } from './views/statements';

const NAV: Array<{ href: string; label: string; views: Route['view'][] }> = [
  { href: '/', label: 'Search', views: ['search', 'entity'] },
  { href: '/statements', label: 'Statements', views: ['statements', 'evidence'] },
  { href: '/matrix', label: 'Stance matrix', views: ['matrix'] },
  { href: '/graph?all=1', label: 'Graph', views: ['graph'] },
  { href: '/connect', label: 'Connections', views: ['connect'] },
];

const TITLES: Record<Route['view'], string> = {
  search: 'Search',
  entity: 'Entity',
  graph: 'Graph',
  matrix: 'Stance matrix',
  statements: 'Statements',
  evidence: 'Evidence',
  connect: 'Connection finder',
  notfound: 'Not found',
};

/** The shell: skip link, header with the views, and the view the URL names. */
export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${TITLES[route.view]} · stancegraph`;
  }, [route.view]);

  // After a navigation (not a replace while typing): start at the top, focus moves to the content.
  useEffect(
    () =>
      onNavigate((_route, how) => {
        if (how !== 'push') return;
        window.scrollTo(0, 0);
        main.current?.focus({ preventScroll: true });
      }),
    [],
  );

  return (
    <>
      <a class="skip-link" href="#main" data-native onClick={() => main.current?.focus()}>
        Skip to content
      </a>
      <header class="app-header">
        <a href="/" class="brand" aria-label="stancegraph: search">
          <span class="logo" aria-hidden="true">
            ◉
          </span>
          stancegraph
        </a>
        <nav aria-label="Views">
          <ul>
            {NAV.map((item) => (
              <li>
                <a href={item.href} aria-current={item.views.includes(route.view) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <a class="playground-link" href="/playground" data-native>
          API playground
        </a>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
      <footer class="app-footer">
        <p>
          Every claim links to its sentence in the article. Data: the stancegraph GraphQL API at{' '}
          <a href="/graphql" data-native>
            /graphql
          </a>
          .
        </p>
      </footer>
    </>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'search':
      return <SearchView q={route.q} />;
    case 'entity':
      return <EntityView key={route.id} id={route.id} />;
    case 'graph':
      return <GraphView route={route} />;
    case 'matrix':
      return <MatrixView route={route} />;
    case 'statements':
      return <StatementsView query={route.query} />;
    case 'evidence':
      return <EvidenceView key={route.id} id={route.id} />;
    case 'connect':
      return <ConnectView route={route} />;
    case 'notfound':
      return (
        <section class="view">
          <h1>Page not found</h1>
          <p>
            There is no view at <code>{route.path}</code>. <a href="/">Search</a> for an actor instead.
          </p>
        </section>
      );
  }
}
