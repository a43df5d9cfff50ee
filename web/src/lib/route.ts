/**
 * The dashboard's URLs: every view and its state live in the address, so any screen can be
 * bookmarked, shared and reached again with back/forward. `parseRoute` and `routeUrl` are
 * inverses for every route they produce. Pure: no DOM.
 *
 *   /                                   search (empty)
 *   /search?q=Selenskyj                 search results
 *   /entity/person:donald-trump         entity page
 *   /graph/person:donald-trump?expand=a,b   neighbourhood graph (also /graph?all=1)
 *   /matrix?cell=<actor>~<topic>&types=Person,Country   stance matrix
 *   /statements?speaker=…&stance=OPPOSE&sort=DATE_DESC&after=…   statements table
 *   /evidence/statement:…               evidence of one statement
 *   /connect?from=…&to=…&hops=4         connection finder
 *   /article/article:…                  an article: its statements, review and publish records
 *   /drafts?status=PUBLISHED            drafts under review (open by default)
 *   /drafts/new                         a new article: paste or upload it, then review
 *   /drafts/draft:…?s=p3                the review of a draft, statement p3 selected
 *   /network?topic=…&from=…&to=…&mode=…&provenance=…&window=2&edge=<a>~<b>   discourse network
 */

/** The network view's filters, time window (index of a month, absent: all) and chosen edge. */
export interface NetworkQuery {
  topic?: string;
  from?: string;
  to?: string;
  mode?: string;
  provenance?: string;
  window?: string;
  edge?: string;
}

export const NETWORK_QUERY_KEYS: ReadonlyArray<keyof NetworkQuery> = ['topic', 'from', 'to', 'mode', 'provenance', 'window', 'edge'];

export interface StatementQuery {
  speaker?: string;
  about?: string;
  topic?: string;
  reportedBy?: string;
  article?: string;
  event?: string;
  stance?: string;
  mode?: string;
  attribution?: string;
  provenance?: string;
  from?: string;
  to?: string;
  text?: string;
  sort?: string;
  /** Cursor of the page shown (absent: the first page). */
  after?: string;
}

export type Route =
  | { view: 'search'; q: string }
  | { view: 'entity'; id: string }
  | { view: 'graph'; id?: string; expand: string[]; all: boolean }
  | { view: 'matrix'; cell?: { actor: string; topic: string }; types: string[] }
  | { view: 'statements'; query: StatementQuery }
  | { view: 'evidence'; id: string }
  | { view: 'connect'; from?: string; to?: string; hops: number }
  | { view: 'article'; id: string }
  | { view: 'drafts'; status: DraftListStatus }
  | { view: 'new-draft' }
  | { view: 'review'; id: string; selected?: string }
  | { view: 'network'; query: NetworkQuery }
  | { view: 'notfound'; path: string };

export const STATEMENT_QUERY_KEYS: ReadonlyArray<keyof StatementQuery> = [
  'speaker',
  'about',
  'topic',
  'reportedBy',
  'article',
  'event',
  'stance',
  'mode',
  'attribution',
  'provenance',
  'from',
  'to',
  'text',
  'sort',
  'after',
];

export const DEFAULT_HOPS = 4;

/** The statuses the drafts list shows, open first. */
export const DRAFT_LIST_STATUSES = ['OPEN', 'PUBLISHED', 'DISCARDED'] as const;
export type DraftListStatus = (typeof DRAFT_LIST_STATUSES)[number];

/** An id in a path: readable (`person:donald-trump`), yet safe for any character. */
export function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads a route from `location.pathname` and `location.search`. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decode);
  const [head, ...rest] = parts;
  const id = rest.join('/');
  const get = (key: string) => params.get(key)?.trim() || undefined;
  switch (head) {
    case undefined:
      return { view: 'search', q: params.get('q') ?? '' };
    case 'search':
      return { view: 'search', q: params.get('q') ?? '' };
    case 'entity':
      return id ? { view: 'entity', id } : { view: 'notfound', path: pathname };
    case 'graph':
      return {
        view: 'graph',
        id: id || undefined,
        expand: (params.get('expand') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        all: params.get('all') === '1',
      };
    case 'matrix': {
      const cell = params.get('cell');
      const sep = cell ? cell.indexOf('~') : -1;
      return {
        view: 'matrix',
        cell: cell && sep > 0 ? { actor: cell.slice(0, sep), topic: cell.slice(sep + 1) } : undefined,
        types: (params.get('types') ?? '').split(',').filter(Boolean),
      };
    }
    case 'statements': {
      const query: StatementQuery = {};
      for (const key of STATEMENT_QUERY_KEYS) {
        const value = key === 'text' ? (params.get(key) ?? undefined) : get(key);
        if (value) query[key] = value;
      }
      return { view: 'statements', query };
    }
    case 'evidence':
      return id ? { view: 'evidence', id } : { view: 'notfound', path: pathname };
    case 'connect': {
      const hops = Number(params.get('hops'));
      return {
        view: 'connect',
        from: get('from'),
        to: get('to'),
        hops: Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : DEFAULT_HOPS,
      };
    }
    case 'article':
      return id ? { view: 'article', id } : { view: 'notfound', path: pathname };
    case 'drafts': {
      if (id === 'new') return { view: 'new-draft' };
      if (id) return { view: 'review', id, selected: get('s') };
      const status = DRAFT_LIST_STATUSES.find((s) => s === get('status')) ?? 'OPEN';
      return { view: 'drafts', status };
    }
    case 'network': {
      const query: NetworkQuery = {};
      for (const key of NETWORK_QUERY_KEYS) {
        const value = get(key);
        if (value) query[key] = value;
      }
      return { view: 'network', query };
    }
    default:
      return { view: 'notfound', path: pathname };
  }
}

/** The URL (path and query) of a route. */
export function routeUrl(route: Route): string {
  const qs = (entries: Array<[string, string | undefined]>) => {
    const params = new URLSearchParams();
    for (const [k, v] of entries) if (v !== undefined && v !== '') params.set(k, v);
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  switch (route.view) {
    case 'search':
      return route.q ? `/search${qs([['q', route.q]])}` : '/';
    case 'entity':
      return `/entity/${encodeId(route.id)}`;
    case 'graph':
      return `/graph${route.id ? `/${encodeId(route.id)}` : ''}${qs([
        ['expand', route.expand.join(',')],
        ['all', route.all ? '1' : undefined],
      ])}`;
    case 'matrix':
      return `/matrix${qs([
        ['cell', route.cell ? `${route.cell.actor}~${route.cell.topic}` : undefined],
        ['types', route.types.join(',')],
      ])}`;
    case 'statements':
      return `/statements${qs(STATEMENT_QUERY_KEYS.map((k) => [k, route.query[k]]))}`;
    case 'evidence':
      return `/evidence/${encodeId(route.id)}`;
    case 'connect':
      return `/connect${qs([
        ['from', route.from],
        ['to', route.to],
        ['hops', route.hops === DEFAULT_HOPS ? undefined : String(route.hops)],
      ])}`;
    case 'article':
      return `/article/${encodeId(route.id)}`;
    case 'drafts':
      return `/drafts${qs([['status', route.status === 'OPEN' ? undefined : route.status]])}`;
    case 'new-draft':
      return '/drafts/new';
    case 'review':
      return `/drafts/${encodeId(route.id)}${qs([['s', route.selected]])}`;
    case 'network':
      return `/network${qs(NETWORK_QUERY_KEYS.map((k) => [k, route.query[k]]))}`;
    case 'notfound':
      return route.path;
  }
}

/** Shorthands for links. */
export const links = {
  entity: (id: string) => routeUrl({ view: 'entity', id }),
  graph: (id: string) => routeUrl({ view: 'graph', id, expand: [], all: false }),
  evidence: (id: string) => routeUrl({ view: 'evidence', id }),
  statements: (query: StatementQuery) => routeUrl({ view: 'statements', query }),
  search: (q: string) => routeUrl({ view: 'search', q }),
  matrix: (cell?: { actor: string; topic: string }) => routeUrl({ view: 'matrix', cell, types: [] }),
  connect: (from?: string, to?: string) => routeUrl({ view: 'connect', from, to, hops: DEFAULT_HOPS }),
  article: (id: string) => routeUrl({ view: 'article', id }),
  drafts: (status: DraftListStatus = 'OPEN') => routeUrl({ view: 'drafts', status }),
  newDraft: () => routeUrl({ view: 'new-draft' }),
  review: (id: string, selected?: string) => routeUrl({ view: 'review', id, selected }),
};
