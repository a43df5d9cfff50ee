import type { VNode } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

import { Route } from './lib/route';
import { onNavigate, useRoute } from './router';
import { ArticleView } from './views/article';
import { ConnectView } from './views/connect';
import { DraftsView } from './views/drafts';
import { EntityView } from './views/entity';
import { EvidenceView } from './views/evidence';
import { GraphView } from './views/graph';
import { MatrixView } from './views/matrix';
import { NetworkView } from './views/network';
import { NewDraftView } from './views/new-draft';
import { ReviewView } from './views/review';
import { SearchView } from './views/search';
import { StatementsView } from './views/statements';

const NAV: Array<{ href: string; label: string; views: Route['view'][] }> = [
  { href: '/', label: 'Search', views: ['search', 'entity'] },
  { href: '/statements', label: 'Statements', views: ['statements', 'evidence', 'article'] },
  { href: '/matrix', label: 'Stance matrix', views: ['matrix'] },
  { href: '/graph?all=1', label: 'Graph', views: ['graph'] },
  { href: '/network', label: 'Network', views: ['network'] },
  { href: '/connect', label: 'Connections', views: ['connect'] },
  { href: '/drafts', label: 'Review', views: ['drafts', 'new-draft', 'review'] },
];

type RouteOf<V extends Route['view']> = Extract<Route, { view: V }>;

/** Every view the URL can name: its page title, and what it shows for its route. */
const VIEWS: { [V in Route['view']]: { title: string; render: (route: RouteOf<V>) => VNode } } = {
  search: { title: 'Search', render: (route) => <SearchView q={route.q} /> },
  entity: { title: 'Entity', render: (route) => <EntityView key={route.id} id={route.id} /> },
  graph: { title: 'Graph', render: (route) => <GraphView route={route} /> },
  matrix: { title: 'Stance matrix', render: (route) => <MatrixView route={route} /> },
  statements: { title: 'Statements', render: (route) => <StatementsView query={route.query} /> },
  evidence: { title: 'Evidence', render: (route) => <EvidenceView key={route.id} id={route.id} /> },
  connect: { title: 'Connection finder', render: (route) => <ConnectView route={route} /> },
  network: { title: 'Discourse network', render: (route) => <NetworkView route={route} /> },
  article: { title: 'Article', render: (route) => <ArticleView key={route.id} id={route.id} /> },
  drafts: { title: 'Drafts', render: (route) => <DraftsView status={route.status} /> },
  'new-draft': { title: 'Add an article', render: () => <NewDraftView /> },
  review: { title: 'Review', render: (route) => <ReviewView key={route.id} id={route.id} selected={route.selected} /> },
  notfound: {
    title: 'Not found',
    render: (route) => (
      <section class="view">
        <h1>Page not found</h1>
        <p>
          There is no view at <code>{route.path}</code>. <a href="/">Search</a> for an actor instead.
        </p>
      </section>
    ),
  },
};

/** The shell: skip link, header with the views, and the view the URL names. */
export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${VIEWS[route.view].title} · stancegraph`;
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
  // VIEWS[route.view] takes exactly this route; TypeScript cannot follow that through the index.
  const { render } = VIEWS[route.view] as { render: (route: Route) => VNode };
  return render(route);
}
