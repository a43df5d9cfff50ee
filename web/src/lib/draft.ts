/**
 * A draft under review as plain data: what a reviewer decides (accept, reject, edit, add a
 * statement from a selection of the text, accept every proposal above a confidence), the
 * progress shown for it, and exactly what a save sends back. Offsets are code points into the
 * draft's text, as everywhere in the API. Pure: no DOM.
 */
import { ENTITY_TYPE_INFO, slugOf } from '../../../src/vocabulary';
import type { DraftEntityData, DraftProblemData, DraftStatementData } from '../api/types';
import type { DraftDecision, EntityType } from './labels';

type EntityTypeName = Exclude<EntityType, 'Article' | 'Statement'>;

/** The fields of `DraftStatementInput`, which are exactly those a `DraftStatement` answers. */
export const STATEMENT_INPUT_FIELDS = [
  'key',
  'origin',
  'decision',
  'edited',
  'statementId',
  'start',
  'end',
  'text',
  'excerptStart',
  'excerptEnd',
  'mode',
  'attribution',
  'speaker',
  'speakerMention',
  'cue',
  'reportedBy',
  'event',
  'about',
  'stances',
  'provenance',
  'confidence',
  'extractor',
  'date',
  'translation',
  'notes',
] as const satisfies ReadonlyArray<keyof DraftStatementData>;

/** What a reviewer can change about a statement; a change to any of them marks it edited. */
const EDITABLE = [
  'start',
  'end',
  'text',
  'excerptStart',
  'excerptEnd',
  'mode',
  'attribution',
  'speaker',
  'reportedBy',
  'about',
  'stances',
  'translation',
] as const;

/** A statement as a save sends it: its input fields and nothing else. */
export function statementInput(s: DraftStatementData): DraftStatementData {
  const out = {} as Record<string, unknown>;
  for (const field of STATEMENT_INPUT_FIELDS) out[field] = s[field];
  return out as unknown as DraftStatementData;
}

/** An entity as a save sends it (`DraftEntityInput`). */
export function entityInput(e: DraftEntityData): DraftEntityData {
  return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, kind: e.kind ?? null };
}

/** Statements in the order the article reads: by where their words start, then end. */
export function inReadingOrder(statements: readonly DraftStatementData[]): DraftStatementData[] {
  return [...statements].sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
}

export interface Progress {
  total: number;
  /** Decided: accepted or rejected. */
  reviewed: number;
  pending: number;
  accepted: number;
  rejected: number;
  /** Statements a person added. */
  added: number;
}

export function progressOf(statements: readonly DraftStatementData[]): Progress {
  const count = (decision: DraftDecision) => statements.filter((s) => s.decision === decision).length;
  return {
    total: statements.length,
    reviewed: statements.length - count('PENDING'),
    pending: count('PENDING'),
    accepted: count('ACCEPTED'),
    rejected: count('REJECTED'),
    added: statements.filter((s) => s.origin === 'ADDED').length,
  };
}

/** "12 of 31 reviewed". */
export function progressLine(p: Progress): string {
  return `${p.reviewed} of ${p.total} reviewed`;
}

/** The statements with the one of `key` decided. */
export function decide(statements: readonly DraftStatementData[], key: string, decision: DraftDecision): DraftStatementData[] {
  return statements.map((s) => (s.key === key ? { ...s, decision } : s));
}

/**
 * Accepts every pending statement whose confidence is at least `threshold` (statements without
 * a confidence are left for a person); answers the statements and how many were accepted.
 */
export function acceptAbove(statements: readonly DraftStatementData[], threshold: number): { statements: DraftStatementData[]; accepted: number } {
  let accepted = 0;
  const out = statements.map((s) => {
    if (s.decision !== 'PENDING' || s.confidence === null || s.confidence < threshold) return s;
    accepted++;
    return { ...s, decision: 'ACCEPTED' as const };
  });
  return { statements: out, accepted };
}

/** How many pending statements `acceptAbove(threshold)` would accept. */
export function countAbove(statements: readonly DraftStatementData[], threshold: number): number {
  return statements.filter((s) => s.decision === 'PENDING' && s.confidence !== null && s.confidence >= threshold).length;
}

/** Whether a reviewer changed anything of `before` in `after`. */
export function changed(before: DraftStatementData, after: DraftStatementData): boolean {
  return EDITABLE.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** The statements with `after` in place of the statement of its key, marked edited when it differs, and accepted. */
export function applyEdit(statements: readonly DraftStatementData[], after: DraftStatementData): DraftStatementData[] {
  return statements.map((s) => (s.key === after.key ? { ...after, decision: 'ACCEPTED', edited: s.edited || after.edited || changed(s, after) } : s));
}

/** The key of the next statement a person adds: `a1`, `a2`… (proposals are `p1`…). */
export function nextAddedKey(statements: readonly DraftStatementData[]): string {
  const taken = statements.map((s) => /^a(\d+)$/.exec(s.key)).filter((m): m is RegExpExecArray => m !== null);
  return `a${Math.max(0, ...taken.map((m) => Number(m[1]))) + 1}`;
}

const OPENING_QUOTES = '„"“«»‚‘\'';
const CLOSING_QUOTES = '“"”»«‘’\'';
const SENTENCE_END = '.!?…';
/** Words a full stop follows without ending a sentence (German and English news). */
const ABBREVIATIONS = new Set(['dr', 'prof', 'nr', 'st', 'str', 'abs', 'art', 'bzw', 'ca', 'vgl', 'ggf', 'usw', 'mr', 'mrs', 'ms', 'jr', 'sen', 'gen', 'inc']);

/** Whether the character at `i` of `chars` ends a sentence: not the stop of an abbreviation, an initial or an ordinal (3. März). */
function endsSentence(chars: readonly string[], i: number): boolean {
  if (!SENTENCE_END.includes(chars[i])) return false;
  if (chars[i] !== '.') return true;
  let k = i;
  while (k > 0 && /[\p{L}\p{N}]/u.test(chars[k - 1])) k--;
  const word = chars.slice(k, i).join('');
  if (/^\p{N}{1,2}$/u.test(word) || /^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** `[start, end)` without the white space at either end; null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const chars = Array.from(text);
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(chars.length, Math.max(start, end));
  while (s < e && /\s/u.test(chars[s])) s++;
  while (e > s && /\s/u.test(chars[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * The sentence around `[start, end)`: from after the last sentence end (., !, ?, … with any
 * closing quotes, then white space; not the stop of "Dr." or "3.") or line break before
 * `start`, to the first sentence end at or after `end` with its closing quotes, or the line
 * break. Always contains `[start, end)`.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const chars = Array.from(text);
  let s = start;
  while (s > 0) {
    const before = chars[s - 1];
    if (before === '\n') break;
    if (/\s/u.test(before)) {
      let k = s - 2;
      while (k >= 0 && CLOSING_QUOTES.includes(chars[k])) k--;
      if (k >= 0 && endsSentence(chars, k)) break;
    }
    s--;
  }
  let e = end;
  while (e < chars.length && chars[e] !== '\n') {
    if (endsSentence(chars, e) && (e + 1 >= chars.length || /\s/u.test(chars[e + 1]) || CLOSING_QUOTES.includes(chars[e + 1]))) {
      e++;
      while (e < chars.length && CLOSING_QUOTES.includes(chars[e])) e++;
      break;
    }
    e++;
  }
  return trimSpan(text, Math.min(s, start), Math.max(e, end)) ?? { start, end };
}

/**
 * A statement a person adds by selecting `[start, end)` of the text: its words are the
 * selection without white space (and without the quotation marks around it, which make it a
 * direct quote), its evidence the sentence around it or the selection itself. It is accepted
 * (a person chose it) and waits for its speaker. Null for a selection of white space only.
 */
export function addedStatement(
  text: string,
  statements: readonly DraftStatementData[],
  selection: { start: number; end: number },
  evidence: 'sentence' | 'selection',
): DraftStatementData | null {
  const trimmed = trimSpan(text, selection.start, selection.end);
  if (!trimmed) return null;
  const chars = Array.from(text);
  let { start, end } = trimmed;
  const excerpt = evidence === 'sentence' ? sentenceAround(text, start, end) : { start, end };
  let quoted = end - start > 2 && OPENING_QUOTES.includes(chars[start]) && CLOSING_QUOTES.includes(chars[end - 1]);
  if (quoted) {
    start++;
    end--;
  } else {
    quoted = start > 0 && OPENING_QUOTES.includes(chars[start - 1]) && end < chars.length && CLOSING_QUOTES.includes(chars[end]);
  }
  const words = trimSpan(text, start, end) ?? trimmed;
  return {
    key: nextAddedKey(statements),
    origin: 'ADDED',
    decision: 'ACCEPTED',
    edited: false,
    statementId: null,
    start: words.start,
    end: words.end,
    text: chars.slice(words.start, words.end).join(''),
    excerptStart: Math.min(excerpt.start, words.start),
    excerptEnd: Math.max(excerpt.end, words.end),
    mode: quoted ? 'DIRECT_QUOTE' : 'INDIRECT_SPEECH',
    attribution: 'ON_RECORD',
    speaker: null,
    speakerMention: null,
    cue: null,
    reportedBy: null,
    event: null,
    about: [],
    stances: [],
    provenance: null,
    confidence: null,
    extractor: null,
    date: null,
    translation: null,
    notes: [],
  };
}

/** Every entity id the statements name (speaker, reporter, event, about, stance topics), of accepted ones only if asked. */
export function referencedIds(statements: readonly DraftStatementData[], onlyAccepted = false): Set<string> {
  const ids = new Set<string>();
  for (const s of statements) {
    if (onlyAccepted && s.decision !== 'ACCEPTED') continue;
    for (const id of [s.speaker, s.reportedBy, s.event, ...s.about, ...s.stances.map((st) => st.topic)]) if (id) ids.add(id);
  }
  return ids;
}

/**
 * The new entities a save keeps: those a statement or the publisher names. Before a publish
 * (`onlyAccepted`) only those of accepted statements, so that a rejected proposal's speaker does
 * not become an entity of the graph.
 */
export function keptEntities(
  entities: readonly DraftEntityData[],
  statements: readonly DraftStatementData[],
  source: string | null,
  onlyAccepted = false,
): DraftEntityData[] {
  const used = referencedIds(statements, onlyAccepted);
  if (source) used.add(source);
  return entities.filter((e) => used.has(e.id));
}

/** An id for a new entity of `type` named `name` (`person:eva-lindqvist`), unlike every id in `taken`. */
export function newEntityId(type: EntityTypeName, name: string, taken: ReadonlySet<string>): string {
  const base = `${ENTITY_TYPE_INFO[type].prefix}:${slugOf(name) || 'unnamed'}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The problems of a refused save or publish, by the statement they concern (`null`: the draft). */
export function problemsByKey(problems: readonly DraftProblemData[]): Map<string | null, DraftProblemData[]> {
  const out = new Map<string | null, DraftProblemData[]>();
  for (const p of problems) {
    const list = out.get(p.statementKey) ?? [];
    list.push(p);
    out.set(p.statementKey, list);
  }
  return out;
}
