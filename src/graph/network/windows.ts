/**
 * Time windows as DNA's time-window export makes them: a window `window` units wide, moved
 * forward `step` units at a time, from the unit that holds the first day to the one that holds
 * the last. Windows start at the start of a unit (a Monday for weeks, the 1st for months) and
 * are cut to the filter's own dates. Pure: calendar arithmetic on `YYYY-MM-DD`, in UTC.
 */
import { BadInputError } from '../../errors';
import { TimeUnit } from '../../vocabulary';
import { MAX_WINDOWS, WindowRequest } from './network.request';

/** One window: its first and last day, both inclusive. */
export interface TimeWindow {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function parse(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the unit holding `day`. */
export function unitStart(day: string, unit: TimeUnit): string {
  const d = parse(day);
  if (unit === 'DAY') return day;
  if (unit === 'WEEK') return format(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
  if (unit === 'MONTH') return `${day.slice(0, 7)}-01`;
  return `${day.slice(0, 4)}-01-01`;
}

/** `day` plus `n` units (months and years from the first of a month or year stay on the first). */
export function addUnits(day: string, n: number, unit: TimeUnit): string {
  const d = parse(day);
  if (unit === 'DAY') return format(new Date(d.getTime() + n * DAY_MS));
  if (unit === 'WEEK') return format(new Date(d.getTime() + 7 * n * DAY_MS));
  const months = unit === 'MONTH' ? n : 12 * n;
  const out = new Date(d.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return format(out);
}

/**
 * How many units from the one starting on `first` to the one starting on `last`, both counted
 * (unit starts, as unitStart gives them): arithmetic, so a span of thousands of years costs
 * nothing and never steps past year 9999, which `YYYY-MM-DD` cannot write.
 */
export function countUnits(first: string, last: string, unit: TimeUnit): number {
  if (last < first) return 0;
  if (unit === 'DAY' || unit === 'WEEK') return Math.round((parse(last).getTime() - parse(first).getTime()) / DAY_MS / (unit === 'DAY' ? 1 : 7)) + 1;
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return (unit === 'MONTH' ? months : months / 12) + 1;
}

/** The day before `day`. */
export function dayBefore(day: string): string {
  return format(new Date(parse(day).getTime() - DAY_MS));
}

/**
 * The windows over [first, last] (both inclusive). More than MAX_WINDOWS is refused with a
 * sentence naming the arguments, before any network is computed.
 */
export function timeWindows(first: string, last: string, request: WindowRequest): TimeWindow[] {
  const { window, unit, step } = request;
  const start0 = unitStart(first, unit);
  const out: TimeWindow[] = [];
  for (let i = 0; ; i++) {
    const start = addUnits(start0, i * step, unit);
    if (start > last) break;
    if (out.length === MAX_WINDOWS) {
      throw new BadInputError(
        `Arguments "window" (${window}), "unit" (${unit}) and "step" (${step}) give more than ${MAX_WINDOWS} windows from ${first} to ${last}; take a larger step or unit, or narrow the dates.`,
        { argument: 'step', value: step },
      );
    }
    const end = dayBefore(addUnits(start, window, unit));
    out.push({ from: start < first ? first : start, to: end > last ? last : end });
  }
  return out;
}
