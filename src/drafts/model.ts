/**
 * A draft: an article under review, with the statements the extractor proposed and what a person
 * decided about each. Plain data, kept on the server (a `:Draft` node, its content as JSON) so
 * that review can stop and go on later, from another browser too. Offsets are code points into
 * `text`, like everywhere else.
 */
import type { Attribution, EntityType, Provenance, SpeechMode, Stance } from '../vocabulary';

/** Where a draft statement comes from: proposed by the extractor, added by a person, or already published. */
export const DRAFT_ORIGINS = Object.freeze(['PROPOSED', 'ADDED', 'PUBLISHED'] as const);
export type DraftOrigin = (typeof DRAFT_ORIGINS)[number];

/** What a person decided about a statement. */
export const DRAFT_DECISIONS = Object.freeze(['PENDING', 'ACCEPTED', 'REJECTED'] as const);
export type DraftDecision = (typeof DRAFT_DECISIONS)[number];

export const DRAFT_STATUSES = Object.freeze(['OPEN', 'PUBLISHED', 'DISCARDED'] as const);
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftSpan {
  start: number;
  end: number;
  text: string;
}

/** An entity the draft describes because the graph does not have it yet (a new speaker, a new outlet). */
export interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** The outlet kind for an organization ("media outlet"); absent for others. */
  kind?: string;
}

export interface DraftStatement {
  /** Stable within the draft: what the review list and the errors of a publish refer to. */
  key: string;
  origin: DraftOrigin;
  decision: DraftDecision;
  /** True once a person changed anything of a proposal. */
  edited: boolean;
  /** The id it has in the graph (a reopened article's statements); null for a new one. */
  statementId: string | null;
  /** The content: the quoted words or the reported clause, `text` at [start, end). */
  start: number;
  end: number;
  text: string;
  /** The evidence: the content with its attribution, [excerptStart, excerptEnd). */
  excerptStart: number;
  excerptEnd: number;
  mode: SpeechMode;
  attribution: Attribution;
  speaker: string | null;
  speakerMention: DraftSpan | null;
  cue: DraftSpan | null;
  reportedBy: string | null;
  /** The event it was made at (`event:...`), when known. */
  event: string | null;
  about: string[];
  stances: { topic: string; stance: Stance }[];
  /** The provenance of a published statement (CURATED, AUTOMATIC, REVIEWED); null for a new one. */
  provenance: Provenance | null;
  confidence: number | null;
  extractor: string | null;
  date: string | null;
  translation: string | null;
  notes: string[];
}

/** The article a draft becomes. */
export interface DraftArticle {
  /** `article:<slug>`: chosen when the draft is made, kept when it is republished. */
  id: string;
  title: string;
  language: string;
  text: string;
  url: string | null;
  publishedAt: string | null;
  /** The publisher: an `org:` id, in the graph or among the draft's entities. */
  source: string | null;
}

export interface Draft {
  id: string;
  version: number;
  status: DraftStatus;
  article: DraftArticle;
  entities: DraftEntity[];
  statements: DraftStatement[];
  createdAt: string;
  createdBy: string;
  savedAt: string;
  savedBy: string;
}

/** How many proposals a person accepted as they were, accepted after editing, or rejected, and how many statements they added. */
export interface ReviewCounts {
  proposed: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
}

export function reviewCounts(statements: readonly DraftStatement[]): ReviewCounts {
  const proposals = statements.filter((s) => s.origin === 'PROPOSED');
  return {
    proposed: proposals.length,
    accepted: proposals.filter((s) => s.decision === 'ACCEPTED' && !s.edited).length,
    edited: proposals.filter((s) => s.decision === 'ACCEPTED' && s.edited).length,
    rejected: proposals.filter((s) => s.decision === 'REJECTED').length,
    added: statements.filter((s) => s.origin === 'ADDED' && s.decision === 'ACCEPTED').length,
  };
}
