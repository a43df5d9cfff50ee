import type { DraftStatementData, EntityRef } from '../api/types';
import { ATTRIBUTION_LABELS, STANCE_LABELS, STANCE_SYMBOLS } from '../lib/labels';
import { sliceCodePoints } from '../lib/text';

interface DetailProps {
  statement: DraftStatementData;
  text: string;
  names: ReadonlyMap<string, EntityRef>;
  /** False for a draft that is published or discarded: nothing to decide any more. */
  open: boolean;
  onAccept: () => void;
  onReject: () => void;
  onEdit: () => void;
}

/**
 * The selected statement opened: its evidence, cue, attribution, targets and stances, and the
 * three decisions (with their keys: a, r, e).
 */
export function ReviewDetail({ statement: s, text, names, open, onAccept, onReject, onEdit }: DetailProps) {
  const name = (id: string) => names.get(id)?.name ?? id;
  return (
    <div class="review-detail">
      <dl class="facts-list compact">
        <dt>Evidence</dt>
        <dd>
          <q>{sliceCodePoints(text, s.excerptStart, s.excerptEnd)}</q>
        </dd>
        {s.cue && (
          <>
            <dt>Cue</dt>
            <dd>{s.cue.text}</dd>
          </>
        )}
        <dt>Attribution</dt>
        <dd>
          {ATTRIBUTION_LABELS[s.attribution]}
          {s.reportedBy ? ` · reported by ${name(s.reportedBy)}` : ''}
        </dd>
        {s.about.length > 0 && (
          <>
            <dt>About</dt>
            <dd>{s.about.map(name).join(' · ')}</dd>
          </>
        )}
        {s.stances.length > 0 && (
          <>
            <dt>Stances</dt>
            <dd data-testid="detail-stances">
              {s.stances.map((st) => `${STANCE_SYMBOLS[st.stance]} ${STANCE_LABELS[st.stance]} ${name(st.topic)}`).join(' · ')}
            </dd>
          </>
        )}
        {s.translation && (
          <>
            <dt>Translation</dt>
            <dd lang="en">{s.translation}</dd>
          </>
        )}
      </dl>
      {open && (
        <div class="actions decision-actions">
          <button type="button" class="button accept" onClick={onAccept} aria-keyshortcuts="a">
            Accept <kbd>a</kbd>
          </button>
          <button type="button" class="button reject" onClick={onReject} aria-keyshortcuts="r">
            Reject <kbd>r</kbd>
          </button>
          <button type="button" class="button" onClick={onEdit} aria-keyshortcuts="e">
            Edit <kbd>e</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
