import { useState } from 'preact/hooks';

import type { ReviewSession } from '../api/review-session';
import { countAbove, progressLine, progressOf } from '../lib/draft';

interface ToolbarProps {
  session: ReviewSession;
  onAcceptAbove: (threshold: number) => void;
}

/**
 * The review's state and its actions, always in view: progress ("12 of 31 reviewed"), whether
 * it is saved and at which version, who else has it open, accepting every proposal above a
 * confidence, saving and publishing.
 */
export function ReviewToolbar({ session, onAcceptAbove }: ToolbarProps) {
  const [threshold, setThreshold] = useState(0.8);
  const { draft, save, work, openBy } = session;
  const progress = progressOf(work.statements);
  const above = countAbove(work.statements, threshold);
  const open = draft?.status === 'OPEN';
  return (
    <div class="review-toolbar" role="region" aria-label="Review progress and actions">
      <p class="progress" role="status" aria-live="polite" data-testid="review-progress">
        <strong>{progressLine(progress)}</strong>
        <span class="muted">
          {' '}
          · {progress.accepted} accepted · {progress.rejected} rejected · {progress.pending} pending{progress.added ? ` · ${progress.added} added` : ''}
        </span>
        <progress max={Math.max(progress.total, 1)} value={progress.reviewed} aria-hidden="true" />
      </p>
      <p class="save-state" data-testid="save-state" aria-live="polite">
        {save.saving
          ? 'Saving…'
          : save.dirty
            ? 'Unsaved changes'
            : draft
              ? `Saved · version ${draft.version} · by ${draft.savedBy} at ${time(draft.savedAt)}`
              : ''}
      </p>
      {openBy.length > 0 && (
        <p class="also-open" data-testid="also-open">
          Also open: {openBy.map((v) => v.name).join(', ')}
        </p>
      )}
      {open && (
        <div class="toolbar-actions">
          <span class="accept-above">
            <label for="accept-threshold">Confidence at least</label>
            <input
              id="accept-threshold"
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={threshold}
              onInput={(e) => {
                const value = Number((e.target as HTMLInputElement).value);
                if (Number.isFinite(value)) setThreshold(Math.min(1, Math.max(0, value)));
              }}
            />
            <button type="button" class="button" disabled={above === 0 || !!save.conflict} onClick={() => onAcceptAbove(threshold)}>
              Accept {above} pending above {threshold.toFixed(2)}
            </button>
          </span>
          <button type="button" class="button" disabled={save.saving || !!save.conflict || !save.dirty} onClick={() => void session.saveNow()}>
            Save
          </button>
          <button type="button" class="button primary" disabled={save.publishing || !!save.conflict} onClick={() => void session.publish()}>
            {save.publishing ? 'Publishing…' : 'Publish'}
          </button>
        </div>
      )}
    </div>
  );
}

/** An ISO time as the reader's local time of day (and day, when not today). */
export function time(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const today = new Date().toDateString() === at.toDateString();
  return today ? at.toLocaleTimeString() : at.toLocaleString();
}
