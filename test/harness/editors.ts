/**
 * The editors of the browser tests of the review workflow: each a name and an API key with the
 * editor role. `EDITOR_API_KEYS` is what the app under test is started with (`API_KEYS`).
 */
export const EDITORS = {
  alice: 'alice-review-key-0123456789',
  bob: 'bob-review-key-9876543210',
} as const;

export type EditorName = keyof typeof EDITORS;

export const EDITOR_API_KEYS = Object.entries(EDITORS)
  .map(([name, key]) => `${name}=editor:${key}`)
  .join(',');

/** The request headers of `name`'s calls to the API (for graphqlData and the like). */
export function editorHeaders(name: EditorName): { headers: Record<string, string> } {
  return { headers: { authorization: `Bearer ${EDITORS[name]}` } };
}

/** Where the dashboard keeps the editor key of a browser tab (web/src/api/editor-key.ts). */
export const EDITOR_KEY_STORAGE = 'stancegraph.editor-key';
