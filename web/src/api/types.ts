/** Shapes of the API answers the dashboard asks for (see queries.ts). */
import type { EntityType, Stance } from '../lib/labels';

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
