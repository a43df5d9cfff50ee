/**
 * statementStats' arguments checked, and the empty time buckets filled in: the GraphQL field and
 * the dashboard's chart read the same rows. Pure: no I/O.
 */
import { BadInputError } from '../../errors';
import { STATS_DIMENSIONS, STATS_TIME_UNITS, StatsDimension, TimeUnit } from '../../vocabulary';
import { NetworkFilter, NetworkFilterInput, networkFilter, oneOf } from '../network/network.request';
import { addUnits, countUnits, unitStart } from '../network/windows';

/** Most groups one answer holds (empty time buckets included); more is cut and says so. */
export const MAX_STATS_GROUPS = 10_000;

export interface StatsRequest {
  filter: NetworkFilter;
  /** The dimensions other than time, in the order asked. */
  groupBy: StatsDimension[];
  /** The time dimension, or null. */
  timeUnit: TimeUnit | null;
  /** Whether a row per stance is needed (grouped by topic or stance, or filtered by topic). */
  stances: boolean;
  publisher: boolean;
}

/** Checks the filter and the dimensions: each at most once, at most one unit of time. */
export function statsRequest(input: { filter?: NetworkFilterInput | null; groupBy?: readonly string[] | null }): StatsRequest {
  const filter = networkFilter(input.filter);
  const dims = (input.groupBy ?? []).map((d, i) => oneOf(`groupBy[${i}]`, d, STATS_DIMENSIONS, 'SPEAKER'));
  const twice = dims.find((d, i) => dims.indexOf(d) !== i);
  if (twice) throw new BadInputError(`Argument "groupBy" names ${twice} twice; name each dimension once.`, { argument: 'groupBy', value: twice });
  const times = dims.filter((d) => STATS_TIME_UNITS[d]);
  if (times.length > 1) {
    throw new BadInputError(`Argument "groupBy" names ${times.join(' and ')}; group by one unit of time at most.`, { argument: 'groupBy', value: times });
  }
  const groupBy = dims.filter((d) => !STATS_TIME_UNITS[d]);
  return {
    filter,
    groupBy,
    timeUnit: times.length ? STATS_TIME_UNITS[times[0]]! : null,
    stances: groupBy.includes('TOPIC') || groupBy.includes('STANCE') || filter.topics !== null,
    publisher: groupBy.includes('PUBLISHER'),
  };
}

/** One group's keys (null where not grouped by) and its count. */
export interface StatsRow {
  speaker: string | null;
  speakerName: string | null;
  topic: string | null;
  topicName: string | null;
  stance: string | null;
  mode: string | null;
  attribution: string | null;
  provenance: string | null;
  article: string | null;
  publisher: string | null;
  publisherName: string | null;
  period: string | null;
  count: number;
}

const keyOf = (row: StatsRow) => JSON.stringify({ ...row, period: null, count: 0 });

/**
 * Every time bucket from the first to the last (the filter's dates where it has them, else the
 * counted statements'), for every combination of the other keys that occurs, with count 0 where
 * no statement falls: a chart draws the rows as they come. Undated statements stay in their own
 * group (period null), after the dated ones. Throws when that makes more than `max` groups.
 */
export function fillTimeBuckets(rows: StatsRow[], request: StatsRequest, max = MAX_STATS_GROUPS): StatsRow[] {
  const unit = request.timeUnit;
  if (!unit) return rows;
  const dated = rows.filter((r) => r.period !== null);
  const periods = dated.map((r) => r.period!).sort();
  const first = request.filter.from ? unitStart(request.filter.from, unit) : periods[0];
  const last = request.filter.to ? unitStart(request.filter.to, unit) : periods[periods.length - 1];
  if (!first || !last) return rows;
  const series = new Map<string, StatsRow>();
  const counts = new Map<string, number>();
  for (const r of dated) {
    series.set(keyOf(r), r);
    counts.set(`${keyOf(r)}|${r.period}`, r.count);
  }
  // Counted before any bucket is made: the filter may span from 1970 to 9999.
  const units = countUnits(first, last, unit);
  const groups = series.size * units;
  if (groups > max) {
    throw new BadInputError(
      `Argument "groupBy" gives ${groups} groups with the empty ${unit.toLowerCase()}s from ${first} to ${last}, more than the limit of ${max}; narrow the filter or take a larger unit.`,
      { argument: 'groupBy', value: groups },
    );
  }
  const buckets: string[] = [];
  // No series, no bucket to fill. The last bucket is not stepped past: after 9999 there is no date to write.
  for (let i = 0, day = first; series.size > 0 && i < units; i++) {
    buckets.push(day);
    if (i + 1 < units) day = addUnits(day, 1, unit);
  }
  const out: StatsRow[] = [];
  for (const period of buckets) {
    for (const [key, r] of series) out.push({ ...r, period, count: counts.get(`${key}|${period}`) ?? 0 });
  }
  return [...out, ...rows.filter((r) => r.period === null)];
}
