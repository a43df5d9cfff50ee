import type { ComponentChildren } from 'preact';

import { ApiError } from '../api/client';

/** A polite "Loading…" that screen readers announce. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p class="status loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** What went wrong, in a sentence, with the API's own messages and a Retry button. */
export function ErrorBox({ error, retry, what }: { error: ApiError | Error; retry?: () => void; what?: string }) {
  const api = error instanceof ApiError ? error : undefined;
  const unreachable = api?.kind === 'network' || api?.kind === 'timeout';
  return (
    <div class="status error" role="alert" data-testid="api-error">
      <p class="error-title">
        <strong>{what ? `Could not load ${what}.` : 'Something went wrong.'}</strong> {error.message}
      </p>
      {api && api.details.length > 0 && (
        <ul class="error-details">
          {api.details.map((d) => (
            <li>{d}</li>
          ))}
        </ul>
      )}
      {unreachable && <p class="hint">Check that the stancegraph server is running, then retry.</p>}
      {retry && (
        <button type="button" class="button" onClick={retry}>
          Retry
        </button>
      )}
    </div>
  );
}

/** Nothing to show, said plainly, with a hint what to try instead. */
export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="status empty">{children}</p>;
}

/** The view for an id that names nothing: a heading, and what to try instead. */
export function NotFound({ children }: { children: ComponentChildren }) {
  return (
    <section class="view">
      <h1>Not found</h1>
      <Empty>{children}</Empty>
    </section>
  );
}
