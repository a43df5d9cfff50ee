/**
 * Records the promise rejections nobody handled between `start()` and `stop()`: a driver whose
 * database dies under it must not leave any behind. Start it before the database, stop it after
 * the database is stopped (a closing driver may reject too), then assert `seen` is empty.
 */
export function unhandledRejections(): { seen: unknown[]; start(): void; stop(): void } {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  return {
    seen,
    start: () => process.on('unhandledRejection', record),
    stop: () => process.off('unhandledRejection', record),
  };
}
