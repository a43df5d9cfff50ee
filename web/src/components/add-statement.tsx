import { useState } from 'preact/hooks';

import { findCodePoints, sliceCodePoints } from '../lib/text';
import type { TextRange } from './review-article';

interface AddProps {
  text: string;
  /** The words selected (with the mouse in the article, or found here). */
  pending?: TextRange;
  onPending: (range: TextRange | undefined) => void;
  onAdd: (range: TextRange, evidence: 'sentence' | 'selection') => void;
}

/**
 * Adds a statement the extractor missed: its words are selected in the article (or found here
 * by typing them, for the keyboard), its evidence is the sentence around them or the selection.
 */
export function AddStatement({ text, pending, onPending, onAdd }: AddProps) {
  const [words, setWords] = useState('');
  const [notFound, setNotFound] = useState(false);
  const [evidence, setEvidence] = useState<'sentence' | 'selection'>('sentence');

  // The words come from the field itself: an Enter pressed right after typing may arrive before
  // the last keystroke's render.
  const find = (typed: string) => {
    setWords(typed);
    const next = findCodePoints(text, typed, pending && sliceCodePoints(text, pending.start, pending.end) === typed ? pending.end : 0);
    setNotFound(!next);
    onPending(next);
  };

  return (
    <section class="panel add-statement" aria-labelledby="add-title">
      <h2 id="add-title">Add a missing statement</h2>
      <p class="hint">Select its words in the article, or type them here and press Enter (again for the next place).</p>
      <label for="find-words">Find words in the article</label>
      <input
        id="find-words"
        type="search"
        value={words}
        aria-describedby="find-result"
        onInput={(e) => {
          setWords((e.target as HTMLInputElement).value);
          setNotFound(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            find((e.target as HTMLInputElement).value);
          }
        }}
      />
      <p id="find-result" class="hint" role="status">
        {notFound ? `“${words}” is not in the text.` : pending ? '' : 'Nothing selected yet.'}
      </p>
      {pending && (
        <p class="pending-words" data-testid="pending-words">
          <span class="label">Selected</span> <q>{sliceCodePoints(text, pending.start, pending.end)}</q>{' '}
          <span class="muted">
            (characters {pending.start}–{pending.end})
          </span>
        </p>
      )}
      <fieldset class="evidence-choice">
        <legend>Evidence</legend>
        <label>
          <input type="radio" name="evidence" checked={evidence === 'sentence'} onChange={() => setEvidence('sentence')} /> The sentence around it
        </label>
        <label>
          <input type="radio" name="evidence" checked={evidence === 'selection'} onChange={() => setEvidence('selection')} /> Just the selection
        </label>
      </fieldset>
      <div class="actions">
        <button type="button" class="button primary" disabled={!pending} onClick={() => pending && onAdd(pending, evidence)}>
          Add as a statement
        </button>
        {pending && (
          <button type="button" class="button" onClick={() => onPending(undefined)}>
            Clear selection
          </button>
        )}
      </div>
    </section>
  );
}
