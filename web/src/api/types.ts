/** Shapes of the API answers the dashboard asks for (see queries.ts). */
import type { Attribution, DraftDecision, DraftOrigin, EntityType, Provenance, SpeechMode, Stance } from '../lib/labels';

export interface EntityRef {
  __typename: EntityType;
  id: string;
  name: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A page of a connection; the dashboard pages with `pageInfo.endCursor`, so edges carry no cursor. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ node: T }>;
}

export interface StanceOn {
  stance: Stance;
  topic: { id: string; name: string };
}

export interface EvidenceData {
  start: number;
  end: number;
  excerpt: string;
  article: { id: string; title: string };
}

export interface StatementData {
  id: string;
  text: string;
  language: string;
  translation: string | null;
  mode: string;
  attribution: string;
  date: string | null;
  provenance: string;
  confidence: number | null;
  extractor: string | null;
  /** Null when nobody could be named (a machine-proposed statement). */
  speaker: EntityRef | null;
  reportedBy: EntityRef | null;
  about: EntityRef[];
  stances: StanceOn[];
  event: { id: string; name: string; date: string | null } | null;
  evidence: EvidenceData;
}

export interface PositionData {
  stance: Stance;
  actor: EntityRef;
  topic: { id: string; name: string };
  statementCount: number;
}

export interface RelationData {
  type: string;
  from: EntityRef;
  to: EntityRef;
  note: string | null;
  evidence: EvidenceData | null;
}

export interface FactData {
  attribute: string;
  value: string;
  numericValue: number | null;
  unit: string | null;
  evidence: EvidenceData | null;
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  wikidataId: string | null;
  description?: string | null;
  notes?: string[];
  // Person
  anonymous?: boolean;
  roles?: string[];
  // Organization / Group / Event
  kind?: string | null;
  // Country
  isoCode?: string | null;
  // Weapon
  category?: string;
  rangeKm?: number | null;
  unitCostUsd?: number | null;
  annualProduction?: string | null;
  manufacturer?: EntityRef | null;
  // Event (aliased: Event.kind is non-null, Organization.kind and Group.kind are not)
  eventKind?: string;
  date?: string | null;
  place?: string | null;
  participants?: EntityRef[];
  // Actor / Topic
  positions?: PositionData[];
  relations?: RelationData[];
  facts?: FactData[];
}

export interface SearchHit {
  score: number;
  node: EntityRef & { aliases: string[]; description?: string | null };
}

export interface GraphRelationship {
  type: string;
  from: string;
  to: string;
}

export interface PathNode {
  __typename: string;
  id: string;
  name?: string;
  text?: string;
  mode?: string;
  speaker?: EntityRef;
}

export interface GraphPath {
  length: number;
  nodes: PathNode[];
  relationships: GraphRelationship[];
}

export interface ArticleStatement {
  id: string;
  text: string;
  translation: string | null;
  mode: string;
  attribution: string;
  speaker: EntityRef;
  evidence: { start: number; end: number };
}

export interface ArticleData {
  id: string;
  title: string;
  language: string;
  publishedAt: string | null;
  text: string;
}

/** A span of a draft's text in code points, and the words it selects. */
export interface TextSpanData {
  start: number;
  end: number;
  text: string;
}

/**
 * A statement of a draft. Its fields are exactly those of `DraftStatementInput`, so a statement
 * read from the API is sent back unchanged (lib/draft.ts `statementInput` keeps only these).
 */
export interface DraftStatementData {
  key: string;
  origin: DraftOrigin;
  decision: DraftDecision;
  edited: boolean;
  statementId: string | null;
  start: number;
  end: number;
  text: string;
  excerptStart: number;
  excerptEnd: number;
  mode: SpeechMode;
  attribution: Attribution;
  speaker: string | null;
  speakerMention: TextSpanData | null;
  cue: TextSpanData | null;
  reportedBy: string | null;
  event: string | null;
  about: string[];
  stances: Array<{ topic: string; stance: Stance }>;
  provenance: Provenance | null;
  confidence: number | null;
  extractor: string | null;
  date: string | null;
  translation: string | null;
  notes: string[];
}

/** An entity a draft describes because the graph does not have it yet; `type` is the API's enum (`PERSON`). */
export interface DraftEntityData {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  kind: string | null;
}

export interface ReviewCountsData {
  statements: number;
  reviewed: number;
  proposed: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
}

export interface DraftViewerData {
  name: string;
  seenAt: string;
}

/** A draft as a list shows it (no text, no statements). */
export interface DraftSummary {
  id: string;
  version: number;
  status: 'OPEN' | 'PUBLISHED' | 'DISCARDED';
  articleId: string;
  title: string;
  language: string;
  publishedAt: string | null;
  review: ReviewCountsData;
  createdAt: string;
  createdBy: string;
  savedAt: string;
  savedBy: string;
}

/** A draft opened for review: its text, statements and entities, and who else has it open. */
export interface DraftData extends DraftSummary {
  text: string;
  url: string | null;
  source: string | null;
  entities: DraftEntityData[];
  statements: DraftStatementData[];
  openBy: DraftViewerData[];
}

/** What the extractor proposes for a text. */
export interface ExtractedDraftData {
  language: string;
  extractor: string;
  statements: DraftStatementData[];
  entities: DraftEntityData[];
}

/** One publish of a draft: who, when, the review's counts and what changed. */
export interface PublicationData {
  id: string;
  articleId: string;
  draftId: string;
  by: string;
  at: string;
  proposed: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
  statements: number;
  addedStatements: string[];
  removedStatements: string[];
  changedStatements: string[];
}

/** A problem of a save or a publish, with the draft statement it concerns (null: the draft as a whole). */
export interface DraftProblemData {
  path: string;
  message: string;
  statementKey: string | null;
}
