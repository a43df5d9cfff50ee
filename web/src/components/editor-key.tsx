import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import { checkEditorKey, errorSentence } from '../api/drafts';
import { setEditorKey, useEditorKey } from '../api/editor-key';

/**
 * What needs an editor's key (reviewing, publishing, publish records): shown with a key, and
 * without one a form to enter it, saying what it is for and where it is kept.
 */
export function RequireEditor({ purpose, children }: { purpose: string; children: ComponentChildren }) {
  const key = useEditorKey();
  return key ? <>{children}</> : <EditorKeyForm purpose={purpose} />;
}

/** Enter a key: checked against the API first, then kept for this tab (sessionStorage) only. */
export function EditorKeyForm({ purpose }: { purpose: string }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  const [checking, setChecking] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const key = value.trim();
    if (!key) return setProblem('Enter the key first.');
    setChecking(true);
    setProblem(undefined);
    try {
      await checkEditorKey(key);
      setEditorKey(key);
    } catch (error) {
      setProblem(`This key was not accepted: ${errorSentence(error)}`);
    } finally {
      setChecking(false);
    }
  };
  return (
    <form class="panel key-form" onSubmit={submit} aria-labelledby="key-form-title">
      <h2 id="key-form-title">Editor key needed</h2>
      <p>
        {purpose} needs an API key with the <code>editor</code> role (the server’s <code>API_KEYS</code>, for example <code>alice=editor:…</code>).
      </p>
      <p class="hint">
        The key is kept in this browser tab only, until you close it or forget it: never in the address, never saved on disk, and sent only to this server.
      </p>
      <label for="editor-key">Editor key</label>
      <div class="key-row">
        <input
          id="editor-key"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'editor-key-problem' : undefined}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button primary" disabled={checking}>
          {checking ? 'Checking…' : 'Use this key'}
        </button>
      </div>
      {problem && (
        <p id="editor-key-problem" class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

/** "Editor key in use" with a button to forget it; nothing without a key. */
export function EditorKeyStatus() {
  const key = useEditorKey();
  if (!key) return null;
  return (
    <p class="key-status">
      <span>Editor key in use for this tab.</span>{' '}
      <button type="button" class="button small" onClick={() => setEditorKey(null)}>
        Forget key
      </button>
    </p>
  );
}
