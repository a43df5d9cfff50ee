import { useEffect, useState } from 'preact/hooks';

import { Route, parseRoute, routeUrl } from './lib/route';

/**
 * History-API routing: the URL is the state. `navigate` pushes (or replaces) an entry and
 * tells every `useRoute` user; back/forward arrive as `popstate` and do the same.
 */

type Listener = (route: Route, how: 'push' | 'replace' | 'pop') => void;
const listeners = new Set<Listener>();

export function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

/** Goes to `target` (a URL or a route). `replace` rewrites the current entry (typing, filters). */
export function navigate(target: string | Route, options: { replace?: boolean; state?: unknown } = {}): void {
  const url = typeof target === 'string' ? target : routeUrl(target);
  if (url === location.pathname + location.search && !options.state) return;
  if (options.replace) history.replaceState(options.state ?? null, '', url);
  else history.pushState(options.state ?? null, '', url);
  const route = currentRoute();
  for (const l of listeners) l(route, options.replace ? 'replace' : 'push');
}

window.addEventListener('popstate', () => {
  const route = currentRoute();
  for (const l of listeners) l(route, 'pop');
});

/** The current route; re-renders on every navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const listener: Listener = (r) => setRoute(r);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return route;
}

/** Calls `fn` after every navigation (focus and scroll handling). */
export function onNavigate(fn: Listener): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/**
 * Lets plain `<a href="/…">` links navigate inside the app: a left click without modifier keys
 * on a same-origin link that has no `target` or `download` goes through `navigate`.
 */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.native !== undefined) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    if (/^\/(graphql|playground|health)(\/|$)/.test(url.pathname)) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}
