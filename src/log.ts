import pino from 'pino';

import { ConfigError, setting } from './config/settings';

/** LOG_LEVEL, checked (src/config/settings.ts): a bad value is refused with a sentence. */
export function logLevel(env: Record<string, string | undefined> = process.env): string {
  return setting(env, 'LOG_LEVEL');
}

/** The level to log at from the first line on; a bad LOG_LEVEL is reported by loadConfig, so log at info meanwhile. */
function startLevel(): string {
  try {
    return logLevel();
  } catch (error) {
    if (error instanceof ConfigError) return 'info';
    throw error;
  }
}

/** The app's structured JSON logger (one line per event on stdout). */
export const log = pino({ name: 'stancegraph', level: startLevel() });
