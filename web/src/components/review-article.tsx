import { useEffect, useMemo, useRef } from 'preact/hooks';

import type { DraftStatementData } from '../api/types';
import { MODE_LABELS, SpeechMode } from '../lib/labels';
import { Span, codePointLength, segmentText } from '../lib/text';

const SPEECH_MODES = Object.keys(MODE_LABELS) as SpeechMode[];

export interface TextRange {
  start: number;
  end: number;
}

interface ArticleProps {
  text: string;
  language: string;
  statements: readonly DraftStatementData[];
  selected?: string;
  onSelect: (key: string) => void;
  /** The text a reviewer selected (or found) to add as a statement. */
  pending?: TextRange;
  onPending: (range: TextRange | undefined) => void;
}

/**
 * The draft's text with every statement marked in place: its words coloured by form (mode),
 * the speaker's mention underlined and the cue dotted; the selected statement's evidence shaded.
 * A click on a mark selects its statement (again: the next one sharing the place). Selecting
 * text offers it as a new statement; its offsets come from the selection itself, counted in
 * code points from the start of the text, so they are always exact.
 */
export function ReviewArticle({ text, language, statements, selected, onSelect, pending, onPending }: ArticleProps) {
  const body = useRef<HTMLDivElement>(null);
  const byKey = useMemo(() => new Map(statements.map((s) => [s.key, s])), [statements]);
  const segments = useMemo(() => segmentText(text, spansOf(statements, selected, pending)), [text, statements, selected, pending]);

  useEffect(() => {
    const box = body.current;
    const mark = box?.querySelector<HTMLElement>('.hl.selected');
    if (box && mark) centreIn(box, mark);
  }, [selected]);

  const onClick = (event: MouseEvent) => {
    if (!document.getSelection()?.isCollapsed) return;
    const keys = (event.target as HTMLElement).closest<HTMLElement>('[data-keys]')?.dataset.keys?.split(' ') ?? [];
    if (keys.length === 0) return;
    const at = selected ? keys.indexOf(selected) : -1;
    onSelect(keys[(at + 1) % keys.length]);
  };

  const onSelectionEnd = () => {
    const range = body.current ? selectedRange(body.current) : undefined;
    if (range) onPending(range);
  };

  return (
    <article class="panel review-article" lang={language} aria-labelledby="review-text-title">
      <h2 id="review-text-title">Article text</h2>
      <ul class="review-legend" aria-label="What the marks mean">
        {SPEECH_MODES.map((mode) => (
          <li>
            <span class={`hl mode-${mode.toLowerCase()}`}>{MODE_LABELS[mode]}</span>
          </li>
        ))}
        <li>
          <span class="mention">speaker</span>
        </li>
        <li>
          <span class="cue">cue</span>
        </li>
      </ul>
      <p class="hint" id="review-text-hint">
        Click a marked passage to select its statement. Select words the extractor missed to add them as a statement.
      </p>
      <div
        ref={body}
        class="review-body"
        data-testid="review-text"
        tabIndex={0}
        aria-describedby="review-text-hint"
        onClick={onClick}
        onMouseUp={onSelectionEnd}
        onKeyUp={(e) => e.shiftKey && onSelectionEnd()}
      >
        {segments.map((seg) => {
          if (seg.ids.length === 0) return seg.text;
          const kinds = seg.ids.map((id) => id.split(' '));
          const keys = [...new Set(kinds.filter(([k]) => k === 't').map(([, key]) => key))];
          const first = keys.map((k) => byKey.get(k)).find(Boolean);
          const classes = [
            first ? `hl mode-${first.mode.toLowerCase()}` : '',
            keys.length > 0 && keys.every((k) => byKey.get(k)?.decision === 'REJECTED') ? 'rejected' : '',
            selected && keys.includes(selected) ? 'selected' : '',
            kinds.some(([k]) => k === 'm') ? 'mention' : '',
            kinds.some(([k]) => k === 'c') ? 'cue' : '',
            kinds.some(([k]) => k === 'x') ? 'excerpt' : '',
            kinds.some(([k]) => k === 'n') ? 'pending' : '',
          ].filter(Boolean);
          const title = keys.length > 0 ? keys.map((k) => `${k}: ${MODE_LABELS[byKey.get(k)!.mode]}`).join(' · ') : undefined;
          return (
            <span class={classes.join(' ')} data-keys={keys.length > 0 ? keys.join(' ') : undefined} title={title}>
              {seg.text}
            </span>
          );
        })}
      </div>
    </article>
  );
}

/** The spans to mark: each statement's words (`t`), speaker mention (`m`) and cue (`c`), the selected one's evidence (`x`), the pending selection (`n`). */
function spansOf(statements: readonly DraftStatementData[], selected: string | undefined, pending: TextRange | undefined): Span[] {
  const spans: Span[] = [];
  for (const s of statements) {
    spans.push({ id: `t ${s.key}`, start: s.start, end: s.end });
    if (s.speakerMention) spans.push({ id: `m ${s.key}`, start: s.speakerMention.start, end: s.speakerMention.end });
    if (s.cue) spans.push({ id: `c ${s.key}`, start: s.cue.start, end: s.cue.end });
    if (s.key === selected) spans.push({ id: `x ${s.key}`, start: s.excerptStart, end: s.excerptEnd });
  }
  if (pending) spans.push({ id: 'n', start: pending.start, end: pending.end });
  return spans;
}

/**
 * The code-point offsets of the document's selection inside `root` (clipped to it), or
 * undefined when nothing there is selected. `root` holds exactly the text, so the length of the
 * text before the selection is its start.
 */
function selectedRange(root: HTMLElement): TextRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const all = document.createRange();
  all.selectNodeContents(root);
  if (range.compareBoundaryPoints(Range.END_TO_START, all) >= 0 || range.compareBoundaryPoints(Range.START_TO_END, all) <= 0) return undefined;
  if (range.compareBoundaryPoints(Range.START_TO_START, all) < 0) range.setStart(all.startContainer, all.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, all) > 0) range.setEnd(all.endContainer, all.endOffset);
  const before = document.createRange();
  before.setStart(all.startContainer, all.startOffset);
  before.setEnd(range.startContainer, range.startOffset);
  const start = codePointLength(before.toString());
  const end = start + codePointLength(range.toString());
  return end > start ? { start, end } : undefined;
}

/** Scrolls `box` so that `item` is in its middle, without moving the page. */
export function centreIn(box: HTMLElement, item: HTMLElement): void {
  const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, top - box.clientHeight / 2 + item.offsetHeight / 2);
}
