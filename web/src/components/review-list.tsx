import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

import type { DraftProblemData, DraftStatementData, EntityRef } from '../api/types';
import { DECISION_LABELS, ORIGIN_LABELS } from '../lib/labels';
import { ModeBadge } from './badges';

interface ListProps {
  statements: readonly DraftStatementData[];
  selected?: string;
  names: ReadonlyMap<string, EntityRef>;
  problems: ReadonlyMap<string | null, DraftProblemData[]>;
  onSelect: (key: string) => void;
  /** What the selected statement shows below its line: its actions, its editor. */
  detail: ComponentChildren;
}

/**
 * The draft's statements in reading order, one button each (speaker, form, decision,
 * confidence, words), the selected one opened with its actions; the problems a refused save or
 * publish named for a statement are shown on it.
 */
export function ReviewList({ statements, selected, names, problems, onSelect, detail }: ListProps) {
  const box = useRef<HTMLOListElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('li.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <ol class="review-list" ref={box} aria-label="Statements in reading order">
      {statements.map((s) => {
        const own = problems.get(s.key) ?? [];
        const isSelected = s.key === selected;
        return (
          <li
            class={`review-item decision-${s.decision.toLowerCase()}${isSelected ? ' selected' : ''}${own.length ? ' has-problems' : ''}`}
            data-key={s.key}
            data-decision={s.decision}
          >
            <button type="button" class="review-line" aria-current={isSelected ? 'true' : undefined} onClick={() => onSelect(s.key)}>
              <span class="review-line-head">
                <strong class="review-speaker">{speakerLabel(s, names)}</strong>
                <ModeBadge mode={s.mode} />
                <span class={`badge decision decision-badge-${s.decision.toLowerCase()}`} data-badge="decision">
                  {DECISION_LABELS[s.decision]}
                  {s.edited ? ' · edited' : ''}
                </span>
                {s.origin !== 'PROPOSED' && <span class="badge muted">{ORIGIN_LABELS[s.origin]}</span>}
                {s.confidence !== null && (
                  <span class="confidence" title="The extractor's confidence">
                    {s.confidence.toFixed(2)}
                  </span>
                )}
              </span>
              <span class="review-words">{s.mode === 'DIRECT_QUOTE' ? `„${s.text}“` : s.text}</span>
            </button>
            {own.length > 0 && (
              <ul class="statement-problems" data-testid={`problems-${s.key}`}>
                {own.map((p) => (
                  <li>{p.message}</li>
                ))}
              </ul>
            )}
            {isSelected && detail}
          </li>
        );
      })}
    </ol>
  );
}

/** The speaker's name, the words that name them in the article, or "No speaker". */
export function speakerLabel(s: DraftStatementData, names: ReadonlyMap<string, EntityRef>): string {
  if (s.speaker) return names.get(s.speaker)?.name ?? s.speaker;
  return s.speakerMention ? `“${s.speakerMention.text}” (no entity)` : 'No speaker';
}
