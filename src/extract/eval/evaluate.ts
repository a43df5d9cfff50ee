import { extract } from '../extract';
import { KnownEntities } from '../linking/known-entities';
import { MODES, Mode, Span, Statement } from '../model';
import { GoldDocument, GoldStatement } from './gold';
import { matchGreedy, overlap } from './match';

/** A prediction as the evaluation sees it: a statement, or a chain of linked parts as one. */
export interface Prediction {
  content: Span[];
  mode: Mode;
  speaker: Span | null;
  speakerEntity?: string;
  attribution: Statement['attribution'];
  text: string;
}

export interface Example {
  document: string;
  kind: 'miss' | 'false alarm' | 'wrong speaker';
  label: string;
  text: string;
  detail?: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Evaluation {
  documents: number;
  overall: Counts;
  /** By gold label for recall and by predicted mode for precision. */
  byGoldLabel: Record<string, Counts>;
  byMode: Record<Mode, Counts>;
  formCorrect: number;
  speaker: { correct: number; total: number };
  /** Gold direct quotes found with the right speaker, of all gold direct quotes. */
  directWithSpeaker: { correct: number; total: number };
  attribution: { correct: number; total: number };
  examples: Example[];
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0 };
}

/** Groups linked statements (`continues`) into one prediction each. */
export function predictions(statements: Statement[]): Prediction[] {
  const head = statements.map((_, i) => i);
  statements.forEach((s, i) => {
    if (s.continues !== undefined && s.continues >= 0) head[i] = head[s.continues];
  });
  const groups = new Map<number, Statement[]>();
  statements.forEach((s, i) => groups.set(head[i], [...(groups.get(head[i]) ?? []), s]));
  return [...groups.values()].map((parts) => ({
    content: parts.map((p) => ({ start: p.start, end: p.end })),
    mode: parts[0].mode,
    speaker: parts[0].speaker ? { start: parts[0].speaker.start, end: parts[0].speaker.end } : null,
    speakerEntity: parts[0].speaker?.entity?.id,
    attribution: parts[0].attribution,
    text: parts.map((p) => p.text).join(' … '),
  }));
}

/** Runs the extractor on every gold document and compares. */
export function evaluate(docs: GoldDocument[], options: { entities?: KnownEntities } = {}): Evaluation {
  const ev: Evaluation = {
    documents: docs.length,
    overall: emptyCounts(),
    byGoldLabel: {},
    byMode: Object.fromEntries(MODES.map((m) => [m, emptyCounts()])) as Record<Mode, Counts>,
    formCorrect: 0,
    speaker: { correct: 0, total: 0 },
    directWithSpeaker: { correct: 0, total: 0 },
    attribution: { correct: 0, total: 0 },
    examples: [],
  };
  for (const doc of docs) {
    const result = extract(doc.text, { language: doc.language, entities: options.entities });
    compare(doc, predictions(result.statements), ev);
  }
  return ev;
}

function compare(doc: GoldDocument, preds: Prediction[], ev: Evaluation): void {
  const gold = doc.statements;
  const pairs = matchGreedy(
    preds.map((p) => p.content),
    gold.map((g) => g.content),
  );
  const matchedP = new Map(pairs.map(([p, g]) => [p, g]));
  const matchedG = new Map(pairs.map(([p, g]) => [g, p]));
  ev.overall.gold += gold.length;
  ev.overall.predicted += preds.length;
  ev.overall.matched += pairs.length;
  gold.forEach((g, j) => {
    if (g.mode === 'DIRECT_QUOTE') {
      ev.directWithSpeaker.total++;
      if (matchedG.has(j) && speakerRight(preds[matchedG.get(j)!], g)) ev.directWithSpeaker.correct++;
    }
    const c = (ev.byGoldLabel[g.label] ??= emptyCounts());
    c.gold++;
    if (matchedG.has(j)) c.matched++;
    else ev.examples.push({ document: doc.id, kind: 'miss', label: g.label, text: slice(doc.text, g.content) });
  });
  preds.forEach((p, i) => {
    const c = ev.byMode[p.mode];
    c.predicted++;
    if (matchedP.has(i)) c.matched++;
    else ev.examples.push({ document: doc.id, kind: 'false alarm', label: p.mode, text: p.text });
  });
  for (const [pi, gi] of pairs) {
    const p = preds[pi];
    const g = gold[gi];
    if (g.accepts.includes(p.mode)) ev.formCorrect++;
    ev.speaker.total++;
    if (speakerRight(p, g)) ev.speaker.correct++;
    else
      ev.examples.push({
        document: doc.id,
        kind: 'wrong speaker',
        label: g.label,
        text: p.text,
        detail: `predicted ${p.speaker ? `"${slice(doc.text, [p.speaker])}"` : 'none'}, gold ${g.source.length ? `"${slice(doc.text, g.source)}"` : (g.sourceEntity ?? 'none')}`,
      });
    if (g.attribution) {
      ev.attribution.total++;
      if (g.attribution === p.attribution) ev.attribution.correct++;
    }
  }
}

/**
 * The predicted speaker mention must overlap the gold source; a gold without a source wants none.
 * Gold that links its speaker to an entity (project annotations) also accepts a mention that
 * resolves to that entity (`er` for Trump, named two sentences before).
 */
function speakerRight(p: Prediction, g: GoldStatement): boolean {
  if (g.sourceEntity && p.speakerEntity === g.sourceEntity) return true;
  if (g.source.length === 0) return g.sourceEntity ? false : p.speaker === null;
  return p.speaker !== null && overlap([p.speaker], g.source) > 0;
}

function slice(text: string, spans: Span[]): string {
  const cps = [...text];
  return spans.map((s) => cps.slice(s.start, s.end).join('')).join(' … ');
}
