/**
 * How a statement was made and how the article attributes it, and the stances it can take: the
 * closed sets of the annotation format, the GraphQL enums and the dashboard's labels, each value
 * with its API description and its label. The one place these are defined. Pure data.
 */

interface Term {
  /** The API's description of the value (reaches the SDL and the playground). */
  readonly description: string;
  /** The dashboard's short label. */
  readonly label: string;
}

/**
 * The forms of speech representation, as the German research on it (the redewiedergabe project,
 * the SpkAtt shared task) and quotation studies of news distinguish them, plus the appraisals a
 * curator records.
 */
export const SPEECH_MODE_INFO = Object.freeze({
  DIRECT_QUOTE: { label: 'Direct quote', description: 'Quoted verbatim, in quotation marks ("Ich bin Realist").' },
  INDIRECT_SPEECH: {
    label: 'Indirect speech',
    description:
      'Reported in the article\'s own words after a reporting verb, often in the German subjunctive or a dass-clause ("sagte, die Chancen seien gering"; "said that the chances were slim").',
  },
  FREE_INDIRECT_SPEECH: {
    label: 'Free indirect speech',
    description: 'A sentence in reported mood with no reporting verb of its own, continuing an earlier report ("Dies sei eindeutig nachzuweisen gewesen.").',
  },
  REPORTED_SPEECH: {
    label: 'Reported speech act',
    description: 'A speech act told without its content, or with only its topic ("Er kritisierte die Pläne", "She called for a ceasefire").',
  },
  ASSESSMENT: { label: 'Assessment', description: 'An appraisal or analysis, by the author or by experts, rather than something a speaker said.' },
} as const satisfies Record<string, Term>);

export const ATTRIBUTION_INFO = Object.freeze({
  ON_RECORD: { label: 'On record', description: "A named actor speaking publicly, or the author's own assessment." },
  REPORTED: { label: 'Reported', description: 'Relayed by an intermediary (see `reportedBy`), by or about unnamed speakers, or characterised by the author.' },
  ALLEGED: { label: 'Alleged', description: 'Hedged, unconfirmed ("soll er laut Insidern gesagt haben").' },
} as const satisfies Record<string, Term>);

export const STANCE_INFO = Object.freeze({
  SUPPORT: { label: 'Supports', description: 'In favour.' },
  OPPOSE: { label: 'Opposes', description: 'Against, including warnings that clearly argue against it.' },
  NEUTRAL: { label: 'Neutral', description: 'Undecided or hesitating.' },
} as const satisfies Record<string, Term>);

/** Who made a statement of the graph: a person, the machine, or the machine checked by a person. */
export const PROVENANCE_INFO = Object.freeze({
  CURATED: { label: 'Curated', description: 'Hand-coded by a person.' },
  AUTOMATIC: { label: 'Automatic', description: 'Proposed by the extractor and not reviewed by a person; see `confidence` and `extractor`.' },
  REVIEWED: { label: 'Reviewed', description: 'Proposed by the extractor, then confirmed or corrected by a person.' },
} as const satisfies Record<string, Term>);

export type SpeechMode = keyof typeof SPEECH_MODE_INFO;
export type Provenance = keyof typeof PROVENANCE_INFO;
export type Attribution = keyof typeof ATTRIBUTION_INFO;
export type Stance = keyof typeof STANCE_INFO;

export const SPEECH_MODES = Object.freeze(Object.keys(SPEECH_MODE_INFO) as SpeechMode[]);
export const ATTRIBUTIONS = Object.freeze(Object.keys(ATTRIBUTION_INFO) as Attribution[]);
export const STANCES = Object.freeze(Object.keys(STANCE_INFO) as Stance[]);
export const PROVENANCES = Object.freeze(Object.keys(PROVENANCE_INFO) as Provenance[]);
