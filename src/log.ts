import pino from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads LOG_LEVEL; a bad value is refused with a sentence rather than silently ignored. */
export function logLevel(env: Record<string, string | undefined> = process.env): string {
  const level = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!LEVELS.includes(level)) throw new Error(`LOG_LEVEL "${env.LOG_LEVEL}" is not one of ${LEVELS.join(', ')}.`);
  return level;
}

/** The app's structured JSON logger (one line per event on stdout). */
export const log = pino({ name: 'stancegraph', level: process.env.LOG_LEVEL && LEVELS.includes(process.env.LOG_LEVEL.toLowerCase()) ? process.env.LOG_LEVEL.toLowerCase() : 'info' });
