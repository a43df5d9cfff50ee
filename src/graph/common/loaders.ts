import DataLoader from 'dataloader';

/** A batch function: exactly one result per key, in key order. */
export type Batch<K, V> = (keys: readonly K[]) => Promise<(V | Error)[]>;

/**
 * The per-request home of DataLoaders that depend on field arguments (`Actor.statements(filter, first, after)`):
 * one loader per field and distinct argument set, keyed by parent id, so that every parent asking
 * the same question shares one batch (one query) however many parents there are.
 */
export class ArgsLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(field: string, args: unknown, batch: Batch<K, V>): DataLoader<K, V> {
    const name = `${field}:${stableJson(args)}`;
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** JSON with object keys sorted, so that equal argument sets give equal strings. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
