/**
 * The shapes resolvers pass around: database rows (plain maps of node properties) tagged with
 * their GraphQL type name, which the Node/Entity/Actor interfaces use to resolve the concrete type.
 */

/** Properties of an :Entity node, as the named queries return them (`e {.*}`). */
export interface EntityRow {
  __typename: EntityTypeName;
  id: string;
  type: EntityTypeName;
  name: string;
  aliases?: string[] | null;
  wikidataId?: string | null;
  description?: string | null;
  notes?: string[] | null;
  anonymous?: boolean | null;
  roles?: string[] | null;
  kind?: string | null;
  isoCode?: string | null;
  category?: string | null;
  manufacturerId?: string | null;
  rangeKm?: number | null;
  unitCostUsd?: number | null;
  annualProduction?: string | null;
  date?: string | null;
  place?: string | null;
}

export type EntityTypeName = 'Person' | 'Organization' | 'Country' | 'Group' | 'Weapon' | 'Topic' | 'Event';

/** Properties of a :Statement node (the full-text copies textDe/textEn are never selected). */
export interface StatementRow {
  __typename: 'Statement';
  id: string;
  text: string;
  language: string;
  translation: string | null;
  mode: string;
  attribution: string;
  start: number;
  end: number;
  excerpt: string;
  articleId: string;
  date: string | null;
  notes: string[] | null;
  /** Where the article names the speaker (its first code point and its text), when recorded. */
  mentionStart?: number | null;
  mention?: string | null;
  /** The reporting verb or phrase, likewise. */
  cueStart?: number | null;
  cue?: string | null;
  /** CURATED for statements written before provenance was recorded. */
  provenance: string;
  confidence?: number | null;
  extractor?: string | null;
}

/** Properties of an :Article node. */
export interface ArticleRow {
  __typename: 'Article';
  id: string;
  title: string;
  language: string;
  text: string;
  url: string | null;
  publishedAt: string | null;
  notes: string[] | null;
}

export type NodeRow = EntityRow | StatementRow | ArticleRow;

/** Tags an entity map from the database with its GraphQL type (from its `type` property). */
export function entityRow(map: unknown): EntityRow {
  const row = map as EntityRow;
  // Empty lists are not stored (src/ingest/plan.ts): absent is empty.
  return { ...row, aliases: row.aliases ?? [], notes: row.notes ?? [], roles: row.roles ?? [], __typename: row.type };
}

export function statementRow(map: unknown): StatementRow {
  const row = map as StatementRow;
  return { ...row, notes: row.notes ?? [], provenance: row.provenance ?? 'CURATED', __typename: 'Statement' };
}

export function articleRow(map: unknown): ArticleRow {
  const row = map as ArticleRow;
  return { ...row, notes: row.notes ?? [], __typename: 'Article' };
}

/** Resolves an interface value to its concrete GraphQL type. */
export function typeNameOf(value: { __typename?: string }): string | undefined {
  return value.__typename;
}
