/**
 * The file formats of the statements export, as a registry: each writes a header once and then
 * one record per statement row as it streams from the database.
 */
import { csvRow } from './text';

/** The columns of a statement, in file order (network/export-statements returns them). */
export const STATEMENT_COLUMNS = Object.freeze([
  'id',
  'article',
  'articleTitle',
  'publishedAt',
  'publisher',
  'speaker',
  'speakerName',
  'speakerType',
  'mode',
  'attribution',
  'provenance',
  'date',
  'reporters',
  'events',
  'about',
  'stances',
  'start',
  'end',
  'excerpt',
  'text',
  'language',
  'translation',
  'mention',
  'mentionStart',
  'cue',
  'cueStart',
  'confidence',
  'extractor',
] as const);

export interface StatementFormat {
  readonly name: string;
  readonly contentType: string;
  readonly description: string;
  header(): string;
  row(row: Record<string, unknown>): string;
}

/** In CSV a list is joined by ";" and a stance is `topic=STANCE`, so that every cell stays one value a spreadsheet shows. */
function csvValue(column: string, value: unknown): unknown {
  if (column === 'stances') return (value as { topic: string; stance: string }[]).map((s) => `${s.topic}=${s.stance}`).join(';');
  if (Array.isArray(value)) return value.join(';');
  return value;
}

export const STATEMENTS_CSV: StatementFormat = {
  name: 'csv',
  contentType: 'text/csv; charset=utf-8; header=present',
  description: 'RFC 4180, one row per statement, every attribute a column; lists joined by ";", stances as topic=STANCE.',
  header: () => csvRow(STATEMENT_COLUMNS),
  row: (row) => csvRow(STATEMENT_COLUMNS.map((c) => csvValue(c, row[c]))),
};

export const STATEMENTS_JSONL: StatementFormat = {
  name: 'jsonl',
  contentType: 'application/jsonl; charset=utf-8',
  description: 'JSON Lines, one object per statement with every attribute; lists as arrays, stances as [{topic, stance}].',
  header: () => '',
  row: (row) => `${JSON.stringify(Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, row[c] ?? null])))}\n`,
};

export const STATEMENT_FORMATS: readonly StatementFormat[] = Object.freeze([STATEMENTS_CSV, STATEMENTS_JSONL]);
