import { GoldReader } from '../gold';
import { annotationReader } from './annotation';
import { bratReader } from './brat';
import { spkattReader } from './spkatt';

/** The gold formats the evaluation reads, in the order they are tried when none is named. */
export const GOLD_READERS: readonly GoldReader[] = [spkattReader, bratReader, annotationReader];

/** The reader named by `--format`, or the first that accepts the file. */
export function readerFor(file: string, format?: string): GoldReader | undefined {
  if (format) return GOLD_READERS.find((r) => r.name === format);
  return GOLD_READERS.find((r) => r.accepts(file));
}
