/**
 * The extractor's vocabulary and the nodes its stages pass on. Every node carries `start` and
 * `end`, Unicode code-point offsets `[start, end)` into the article text exactly as it was read,
 * from the first stage on; later stages copy offsets from earlier nodes and never search the text
 * for a string again.
 */

import { ATTRIBUTIONS, Attribution, SPEECH_MODES, SpeechMode } from '../vocabulary';

/** Name and version written into every draft and JSON result. */
export const EXTRACTOR = 'stancegraph-extract 1.0';

/**
 * The forms the extractor proposes: every speech mode of the project's vocabulary except
 * ASSESSMENT (an author's or expert's appraisal), which only a person codes.
 */
export type Mode = Exclude<SpeechMode, 'ASSESSMENT'>;
export const MODES: readonly Mode[] = Object.freeze(SPEECH_MODES.filter((m): m is Mode => m !== 'ASSESSMENT'));

/** Whether the article gives a statement as said on record, relayed by someone, or unconfirmed. */
export { ATTRIBUTIONS };
export type { Attribution };

/** The languages the extractor has rules for. */
export const LANGUAGES = Object.freeze(['de', 'en'] as const);
export type Language = (typeof LANGUAGES)[number];

/** A span of the article in code points, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'space';

/** A word, number or punctuation mark. `text` is the token as it stands in the article. */
export interface Token extends Span {
  text: string;
  /** Lower-case form, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  /** Index of the token in the document's token list. */
  index: number;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** True when the first character is an upper-case letter. */
  upper: boolean;
}

/** A sentence: a run of tokens ending in sentence punctuation or a line break. */
export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last one. */
  first: number;
  last: number;
  /** Index of the paragraph (text between line breaks). */
  paragraph: number;
}

/** A pair of quotation marks and what stands between them. */
export interface Quote extends Span {
  /** The content without the marks. */
  inner: Span;
  open: string;
  close: string;
  /** Number of word tokens inside. */
  words: number;
  /** Index of the outer quote when this one is nested. */
  parent?: number;
  /** A quote continued after an interrupting attribution (`„…“, sagte er, „…“`) links to its first part. */
  continues?: number;
}

/** A reporting verb or phrase. */
export interface Cue extends Span {
  /** Token indexes of the cue's parts (a separable verb has two: `teilte … mit`). */
  tokens: number[];
  lemma: string;
  /** How the cue introduces its content. */
  kind: CueKind;
  /** Speech-act verbs that report an act without its words (`kritisierte`, `warnte vor`). */
  speechAct: boolean;
  /** The content may follow as a `zu`-infinitive (`forderte ihn auf, … zu …`). */
  infinitive: boolean;
}

/**
 * verb: a reporting verb (`sagte`, `said`); source: a phrase naming a source before its noun
 * phrase (`laut`, `nach Angaben`, `according to`, `so`); postposition: after it (`X zufolge`);
 * impersonal: a cue with no speaker of its own (`hieß es`, `it was reported`); noun: a noun of
 * saying or thinking before its content clause (`ist der Meinung, dass …`, `mit dem Argument, …`).
 */
export type CueKind = 'verb' | 'source' | 'postposition' | 'impersonal' | 'noun';

export type MentionKind = 'name' | 'role' | 'pronoun' | 'anonymous' | 'group';

/** Where the text names a speaker, reporter or target. */
export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  /** Token indexes `[first, last)`. */
  first: number;
  last: number;
  /** The name part of the mention (`Donald Trump` in `US-Präsident Donald Trump`), when it has one. */
  name?: Span & { text: string };
  plural?: boolean;
}

/** An entity a mention resolves to: known (`known: true`) or proposed by the extractor. */
export interface EntityRef {
  id: string;
  type: EntityTypeName;
  name: string;
  known: boolean;
  aliases: string[];
  anonymous?: boolean;
}

export const ENTITY_TYPE_NAMES = Object.freeze(['Person', 'Organization', 'Country', 'Group', 'Weapon', 'Topic', 'Event'] as const);
export type EntityTypeName = (typeof ENTITY_TYPE_NAMES)[number];

/** A proposed statement, the pipeline's last product. */
export interface Statement extends Span {
  /** The content: quoted words without their marks, or the reported clause. */
  text: string;
  mode: Mode;
  attribution: Attribution;
  speaker: (Mention & { entity?: EntityRef }) | null;
  cue: (Span & { text: string }) | null;
  reportedBy: (Mention & { entity?: EntityRef }) | null;
  about: EntityRef[];
  confidence: number;
  /** The evidence span: content, quotation marks, cue and speaker mention where adjacent. */
  excerpt: Span;
  /** Index (in reading order) of the statement this one continues, for a quote interrupted by its attribution. */
  continues?: number;
  /** Index of the sentence the content starts in. */
  sentence: number;
}
