/** The rows the page queries return (cypher/statement/page-row.fragment.cypher), as StatementPageRows. */
import { EntityRow, entityRow, statementRow } from '../../common/rows';
import { StatementKey, StatementPageRow } from './query';

/** The speaker a page row carries (its `speakers` column), as StatementPageRow.speaker. */
function speakerOf(speakers: unknown[] | undefined): EntityRow | null | undefined {
  if (speakers === undefined || speakers === null || speakers.length > 1) return undefined;
  return speakers.length === 1 ? entityRow(speakers[0]) : null;
}

/** A page query's `rows` column as page rows, each with its sort key. */
export function toPage(raw: unknown): StatementPageRow[] {
  return ((raw ?? []) as { statement: Record<string, unknown>; speakers?: unknown[]; dateKey: number; speakerKey: string }[]).map((x) => {
    const statement = statementRow(x.statement);
    const key = { dateKey: x.dateKey, speakerKey: x.speakerKey, articleId: statement.articleId, start: statement.start, id: statement.id };
    const speaker = speakerOf(x.speakers);
    return speaker === undefined ? { statement, key } : { statement, key, speaker };
  });
}

/** The keyset cursor as the queries take it: always a map, `none` on the first page. */
export function afterParam(after: StatementKey | null): Record<string, unknown> {
  return after ? { none: false, ...after } : { none: true, dateKey: 0, speakerKey: '', articleId: '', start: 0, id: '' };
}

/**
 * When statement/page-statements-by-relation and -by-text walk the reading-order index instead of
 * expanding the anchor or sorting the hits: when the walk's expected length is at most half the
 * alternative's. The window bounds the walk for a list whose statements all come late in reading
 * order (then the alternative runs too).
 */
export const WALK = Object.freeze({ walkRatio: 2, walkWindow: 10_000 });
