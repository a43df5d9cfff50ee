import fs from 'node:fs';
import path from 'node:path';

import { Attribution, Mode, Span } from '../../model';
import { SourceText } from '../../text/source-text';
import { GoldDocument, GoldReader, GoldStatement } from '../gold';
import { merge } from './spkatt';

/**
 * brat standoff (`x.txt` + `x.ann`), as PolNeAR and PARC-style attribution corpora use it:
 * text-bound annotations `T1<TAB>Label START END[;START END]<TAB>text` with labels Source, Cue
 * and Content (also Message), relations `R1<TAB>Type Arg1:T1 Arg2:T2`, and attributes
 * `A1<TAB>Name T1 [Value]`. A statement is a Content span with the Source and Cue its relations
 * link. A Content's mode comes from an attribute (`Form`/`Type`: Direct, Indirect, …) or, without
 * one, from its text: quoted content is DIRECT_QUOTE, the rest INDIRECT_SPEECH. brat's server
 * is written in Python, so its offsets count characters as Python 3 strings do: code points, the
 * unit used everywhere here.
 */
export const bratReader: GoldReader = {
  name: 'brat',
  accepts: (file) => file.endsWith('.ann') || (file.endsWith('.txt') && fs.existsSync(file.replace(/\.txt$/, '.ann'))),
  read(file) {
    const ann = file.endsWith('.ann') ? file : file.replace(/\.txt$/, '.ann');
    const txt = ann.replace(/\.ann$/, '.txt');
    const text = fs.readFileSync(txt, 'utf8');
    return [parseBrat(path.basename(ann, '.ann'), text, fs.readFileSync(ann, 'utf8'))];
  },
};

interface TextBound {
  label: string;
  spans: Span[];
}

const FORM_OF: Readonly<Record<string, Mode>> = {
  direct: 'DIRECT_QUOTE',
  indirect: 'INDIRECT_SPEECH',
  mixed: 'INDIRECT_SPEECH',
  freeindirect: 'FREE_INDIRECT_SPEECH',
  reported: 'REPORTED_SPEECH',
};
const ATTRIBUTION_OF: Readonly<Record<string, Attribution>> = { on_record: 'ON_RECORD', onrecord: 'ON_RECORD', reported: 'REPORTED', alleged: 'ALLEGED' };

export function parseBrat(id: string, text: string, ann: string): GoldDocument {
  const source = new SourceText(text);
  const bounds = new Map<string, TextBound>();
  const relations: { arg1: string; arg2: string }[] = [];
  const attributes = new Map<string, Record<string, string>>();
  for (const line of ann.split(/\r?\n/)) {
    const [key, body] = line.split('\t');
    if (!key || !body) continue;
    if (key.startsWith('T')) {
      const [label, ...rest] = body.split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([s, e]) => ({ start: s, end: e }));
      bounds.set(key, { label: label.toLowerCase(), spans: merge(spans) });
    } else if (key.startsWith('R')) {
      const args = Object.fromEntries(
        body
          .split(' ')
          .slice(1)
          .map((a) => a.split(':') as [string, string]),
      );
      if (args.Arg1 && args.Arg2) relations.push({ arg1: args.Arg1, arg2: args.Arg2 });
    } else if (key.startsWith('A') || key.startsWith('M')) {
      const [name, target, value] = body.split(' ');
      attributes.set(target, { ...(attributes.get(target) ?? {}), [name.toLowerCase()]: (value ?? 'true').toLowerCase() });
    }
  }
  const linked = (t: string, label: string) =>
    relations
      .flatMap((r) => (r.arg1 === t ? [r.arg2] : r.arg2 === t ? [r.arg1] : []))
      .map((x) => bounds.get(x))
      .filter((b): b is TextBound => b?.label === label);
  const statements: GoldStatement[] = [];
  for (const [key, b] of bounds) {
    if (b.label !== 'content' && b.label !== 'message') continue;
    const attrs = attributes.get(key) ?? {};
    const quoted = /^\s*[„“"»«‚‘']/.test(source.slice(b.spans[0].start, b.spans[0].start + 2));
    const mode = FORM_OF[(attrs.form ?? attrs.type ?? '').replace(/[^a-z]/g, '')] ?? (quoted ? 'DIRECT_QUOTE' : 'INDIRECT_SPEECH');
    const sources = linked(key, 'source');
    statements.push({
      content: stripQuotes(source, b.spans),
      mode,
      label: mode,
      accepts: [mode],
      source: merge(sources.flatMap((s) => s.spans)),
      attribution: ATTRIBUTION_OF[(attrs.attribution ?? '').replace(/[^a-z_]/g, '')],
    });
  }
  statements.sort((a, b) => a.content[0].start - b.content[0].start);
  return { id, text, language: /\b(der|die|und|nicht)\b/.test(text) ? 'de' : 'en', statements };
}

/** Content spans without the quotation marks at their ends, as the extractor reports content. */
function stripQuotes(source: SourceText, spans: Span[]): Span[] {
  return spans.map((s) => {
    let { start, end } = s;
    while (start < end && /[„“”"»«‚‘’'\s]/.test(source.charAt(start))) start++;
    while (end > start && /[„“”"»«‚‘’'\s]/.test(source.charAt(end - 1))) end--;
    return { start, end };
  });
}
