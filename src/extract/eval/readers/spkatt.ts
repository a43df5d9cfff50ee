import fs from 'node:fs';
import path from 'node:path';

import { Mode, Span } from '../../model';
import { GoldReader, GoldStatement } from '../gold';

interface SpkAttFile {
  DocumentName?: string;
  Sentences: { SentenceId: number; Tokens: string[] }[];
  Annotations: { Form: string; Source: string[]; Message: string[]; IsNested: boolean }[];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', '“', '”']);
const STRAIGHT = new Set(['"', "''"]);
const NO_SPACE_AFTER = new Set(['„', '(']);
const QUOTE_MARKS = /^[„“”"»«‚‘’']$/;

/**
 * SpkAtt 2023 form labels. IndirectFreeIndirect is a report in Konjunktiv that continues one
 * without a cue of its own, labelled as both: it counts as FREE_INDIRECT_SPEECH, and a prediction
 * of either INDIRECT_SPEECH or FREE_INDIRECT_SPEECH has the right form.
 */
const FORMS: Readonly<Record<string, { mode: Mode; accepts: Mode[] }>> = {
  Direct: { mode: 'DIRECT_QUOTE', accepts: ['DIRECT_QUOTE'] },
  Indirect: { mode: 'INDIRECT_SPEECH', accepts: ['INDIRECT_SPEECH'] },
  FreeIndirect: { mode: 'FREE_INDIRECT_SPEECH', accepts: ['FREE_INDIRECT_SPEECH'] },
  IndirectFreeIndirect: { mode: 'FREE_INDIRECT_SPEECH', accepts: ['FREE_INDIRECT_SPEECH', 'INDIRECT_SPEECH'] },
  Reported: { mode: 'REPORTED_SPEECH', accepts: ['REPORTED_SPEECH'] },
};

/**
 * Rebuilds the text from tokens as it was typeset: no space before `, . ; : ! ? ) “ ”`, none
 * after `„ (`; a straight quotation mark (`"`, `''`) opens and closes in turn, with no space on
 * its inner side; sentences joined by a space. Gives each token's code-point offsets.
 */
export function spkattText(sentences: SpkAttFile['Sentences']): { text: string; offsets: Span[][] } {
  let text = '';
  let length = 0;
  let glueNext = false;
  let straightOpen = false;
  const offsets: Span[][] = [];
  for (const s of sentences) {
    const row: Span[] = [];
    for (const tok of s.Tokens) {
      const straight = STRAIGHT.has(tok);
      const closing = straight && straightOpen;
      if (length > 0 && !NO_SPACE_BEFORE.has(tok) && !glueNext && !closing) {
        text += ' ';
        length++;
      }
      const n = [...tok].length;
      row.push({ start: length, end: length + n });
      text += tok;
      length += n;
      glueNext = NO_SPACE_AFTER.has(tok) || (straight && !closing);
      if (straight) straightOpen = !straightOpen;
    }
    offsets.push(row);
  }
  return { text, offsets };
}

export const spkattReader: GoldReader = {
  name: 'spkatt',
  accepts: (file) => file.endsWith('.json') && /"Annotations"/.test(fs.readFileSync(file, 'utf8').slice(0, 4000)),
  read(file) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as SpkAttFile;
    const { text, offsets } = spkattText(data.Sentences);
    const tokens = data.Sentences.map((s) => s.Tokens);
    const spans = (refs: string[], dropQuotes: boolean): Span[] =>
      merge(
        refs
          .map((r) => r.split(':').map(Number))
          .filter(([s, t]) => !(dropQuotes && QUOTE_MARKS.test(tokens[s]?.[t] ?? '')))
          .map(([s, t]) => offsets[s]?.[t])
          .filter((x): x is Span => x !== undefined),
      );
    const statements: GoldStatement[] = data.Annotations.filter((a) => !a.IsNested && FORMS[a.Form]).map((a) => ({
      content: spans(a.Message, true),
      mode: FORMS[a.Form].mode,
      accepts: FORMS[a.Form].accepts,
      label: a.Form,
      source: spans(a.Source, false),
    }));
    return [{ id: path.basename(file, '.json'), text, language: 'de', statements: statements.filter((s) => s.content.length > 0) }];
  },
};

/** Sorted spans with touching or space-separated neighbours joined. */
export function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
