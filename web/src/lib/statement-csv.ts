/**
 * The statements CSV: one row per statement, the columns analysts asked for, lists joined
 * with "; ". Pure: no DOM (the download itself is in components/csv-button.tsx).
 */
import type { StatementData } from '../api/types';
import { STANCE_LABELS, attributionLabel, modeLabel } from './labels';

export const CSV_HEADER = [
  'id',
  'date',
  'speaker_id',
  'speaker',
  'mode',
  'attribution',
  'reported_by',
  'text',
  'language',
  'translation',
  'about',
  'stances',
  'event',
  'article_id',
  'article',
  'start',
  'end',
  'excerpt',
  'provenance',
  'confidence',
];

/** One CSV row of a statement, in CSV_HEADER order. */
export function csvRow(s: StatementData): Array<string | number | null> {
  return [
    s.id,
    s.date,
    s.speaker?.id ?? null,
    s.speaker?.name ?? null,
    modeLabel(s.mode),
    attributionLabel(s.attribution, s.reportedBy?.name),
    s.reportedBy?.name ?? null,
    s.text,
    s.language,
    s.translation,
    s.about.map((a) => a.name).join('; '),
    s.stances.map((st) => `${STANCE_LABELS[st.stance]} ${st.topic.name}`).join('; '),
    s.event?.name ?? null,
    s.evidence.article.id,
    s.evidence.article.title,
    s.evidence.start,
    s.evidence.end,
    s.evidence.excerpt,
    s.provenance,
    s.confidence,
  ];
}

/** A file name that says what was filtered: `stancegraph-statements_speaker-person-donald-trump.csv`. */
export function csvFileName(filter: Record<string, string>): string {
  const parts = Object.entries(filter).map(([k, v]) => `${k}-${v}`);
  const slug = parts
    .join('_')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 80);
  return `stancegraph-statements${slug ? `_${slug}` : ''}.csv`;
}
