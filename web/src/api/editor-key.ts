import { useEffect, useState } from 'preact/hooks';

import { SendOptions, send } from './client';

/**
 * The editor's API key, entered once per browser session. It is kept in `sessionStorage` only:
 * gone when the tab closes, never in the address, never in localStorage or a cookie, and sent
 * only to this origin's `/graphql` as `Authorization: Bearer <key>`.
 */

const STORAGE = 'stancegraph.editor-key';
type Listener = (key: string | null) => void;
const listeners = new Set<Listener>();
/** The key when sessionStorage is switched off: it lasts until the page is left. */
let memory: string | null = null;

/** The key of this browser session, or null. */
export function editorKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE);
  } catch {
    // Storage can be switched off; then there is no key to use.
    return null;
  }
}

/** Keeps `key` for this session (null forgets it) and tells every `useEditorKey`. */
export function setEditorKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(STORAGE, key);
    else sessionStorage.removeItem(STORAGE);
  } catch {
    // Without storage the key lasts until the page is left.
  }
  memory = key;
  for (const l of listeners) l(key);
}

/** The current key; re-renders when it is entered or forgotten. */
export function useEditorKey(): string | null {
  const [key, setKey] = useState<string | null>(() => editorKey() ?? memory);
  useEffect(() => {
    const listener: Listener = (k) => setKey(k);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return key;
}

/**
 * Sends an operation with the session's editor key. Mutations are never tried twice (a second
 * create would make a second draft); queries are, like every other read of the dashboard.
 */
export function editorRequest<T>(query: string, variables: Record<string, unknown> = {}, options: SendOptions = {}): Promise<T> {
  const key = editorKey() ?? memory;
  const mutation = /^\s*mutation\b/.test(query);
  return send<T>(query, variables, {
    retry: !mutation,
    ...options,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...options.headers },
  });
}
