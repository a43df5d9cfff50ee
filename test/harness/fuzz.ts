import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { INJECTIONS } from '../hardening/injections';
import { Rng } from './corpus/rng';

/** A generated operation: its text, and whether it is a mutation (sent without a writing key). */
export interface FuzzOperation {
  query: string;
  mutation: boolean;
}

/** What the generator draws values from besides randomness: ids that exist, so that answers have data. */
export interface FuzzPools {
  ids: readonly string[];
}

/** Values near the edges of every limit: page sizes around 0 and 100, 32-bit bounds. */
const EDGE_INTS = [-2147483648, -1, 0, 1, 2, 19, 20, 21, 99, 100, 101, 1000, 2147483647];
const WORDS = ['Trump', 'Selenskyj', 'Polen', 'Tomahawk', 'Putin', 'ceasefire', 'a', '', ' ', 'ü', 'Ärger', '*', '"', '\\', 'ОК'];
const DATES = [
  '2025-10-17',
  '2025-01-01',
  '1970-01-01',
  '9999-12-31',
  '2025-02-29',
  '2024-02-29',
  '2025-13-01',
  '2025-10-32',
  'yesterday',
  '',
  '2025-10-17T10:00:00Z',
];
const MALFORMED_IDS = [
  '',
  'person:',
  ':x',
  'Donald Trump',
  'person:Donald_Trump',
  'person:x'.repeat(200),
  'statement:-',
  'unknownkind:abc',
  'person:../../etc',
];

/**
 * A schema-aware generator of GraphQL operations, seeded: the same seed gives the same
 * operations on every machine, so a failure is replayed from the seed the run printed. It walks
 * the schema from a root type, picks fields, gives each argument a random value of its type
 * (ids of the graph, malformed ids, the hostile strings, edge integers, dates valid and not,
 * enum values) and selects random sub-fields, fragments on the possible types of an interface
 * or union included, to a bounded depth.
 */
export class OperationFuzzer {
  private readonly rng: Rng;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  next(): FuzzOperation {
    const mutation = this.rng.chance(0.1) && !!this.schema.getMutationType();
    const root = (mutation ? this.schema.getMutationType() : this.schema.getQueryType())!;
    const fields = Object.values(root.getFields()).filter((f) => !f.name.startsWith('__'));
    const count = this.rng.int(1, 3);
    const picked = Array.from({ length: count }, (_, i) => `f${i}: ${this.field(this.rng.pick(fields), 0)}`);
    return { query: `${mutation ? 'mutation' : 'query'} Fuzz { ${picked.join(' ')} }`, mutation };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((a) => isNonNullType(a.type) || this.rng.chance(0.6))
      .map((a) => `${a.name}: ${this.value(a.type, a, 0)}`)
      .filter((a) => !a.endsWith(': '));
    const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    const type = getNamedType(field.type);
    return isScalarType(type) || isEnumType(type) ? head : `${head} ${this.selection(type, depth + 1)}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    const parts = ['__typename'];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const leaves = fields.filter((f) => isLeaf(f));
      const deeper = fields.filter((f) => !isLeaf(f));
      for (const f of leaves) if (this.rng.chance(0.5)) parts.push(this.field(f, depth));
      if (depth < 4) for (const f of deeper) if (this.rng.chance(0.3)) parts.push(this.field(f, depth));
    }
    if (isAbstractType(type) && depth < 4) {
      for (const possible of this.schema.getPossibleTypes(type)) {
        if (this.rng.chance(0.3)) parts.push(`... on ${possible.name} ${this.selection(possible as GraphQLObjectType, depth + 1)}`);
      }
    }
    return `{ ${parts.join(' ')} }`;
  }

  /** A literal of `type`; for an optional argument, sometimes null. */
  private value(type: GraphQLInputType, arg: GraphQLArgument | undefined, depth: number): string {
    if (!isNonNullType(type) && this.rng.chance(0.05)) return 'null';
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const n = this.rng.int(0, 3);
      return `[${Array.from({ length: n }, () => this.value(inner.ofType as GraphQLInputType, undefined, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(inner)) return this.rng.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      if (depth > 2) return '{}';
      const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || this.rng.chance(0.4));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, undefined, depth + 1)}`).join(', ')} }`;
    }
    switch (inner.name) {
      case 'Int':
        return String(this.rng.chance(0.7) ? this.rng.pick(EDGE_INTS) : this.rng.int(-5, 150));
      case 'Float':
        return this.rng.pick(['0', '0.5', '-1', '1e3', '1.7976931348623157e308']);
      case 'Boolean':
        return this.rng.chance(0.5) ? 'true' : 'false';
      case 'ID':
        return JSON.stringify(this.id());
      case 'Date':
        return JSON.stringify(this.rng.pick(DATES));
      default:
        return JSON.stringify(this.string(arg?.name));
    }
  }

  private id(): string {
    const r = this.rng.next();
    if (r < 0.6 && this.pools.ids.length > 0) return this.rng.pick(this.pools.ids);
    if (r < 0.85) return this.rng.pick(MALFORMED_IDS);
    return this.rng.pick(INJECTIONS);
  }

  private string(name: string | undefined): string {
    if (name === 'after' || name === 'before') return this.rng.pick(['', 'x', 'eyJ4IjoxfQ==', 'bm90IGpzb24=', ...INJECTIONS.slice(0, 3)]);
    return this.rng.chance(0.4) ? this.rng.pick(INJECTIONS) : this.rng.pick(WORDS);
  }
}

function isLeaf(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isScalarType(type) || isEnumType(type);
}

/**
 * Ways to break an annotation file: a field deleted, two fields' values swapped, a value of the
 * wrong type, a huge value, an offset one off. Seeded like OperationFuzzer. Each mutation returns
 * a deep copy and names what it did (`statements[3].start + 1`), for the report of a failure.
 */
export class AnnotationMutator {
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  mutate(original: unknown): { raw: unknown; did: string[] } {
    const raw = structuredClone(original);
    const did: string[] = [];
    const times = this.rng.int(1, 3);
    for (let i = 0; i < times; i++) did.push(this.once(raw));
    return { raw, did };
  }

  private once(raw: unknown): string {
    const slots = collect(raw, '');
    if (slots.length === 0) return 'nothing to mutate';
    const slot = this.rng.pick(slots);
    const kind = this.rng.int(0, 5);
    const current = slot.parent[slot.key];
    switch (kind) {
      case 0:
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else delete slot.parent[slot.key];
        return `${slot.path} deleted`;
      case 1: {
        const other = this.rng.pick(slots);
        const value = other.parent[other.key];
        other.parent[other.key] = current;
        slot.parent[slot.key] = value;
        return `${slot.path} swapped with ${other.path}`;
      }
      case 2:
        slot.parent[slot.key] = this.rng.pick([42, -1, true, null, 'text', [], {}, [1, 2], { a: 1 }, 1.5, Number.MAX_SAFE_INTEGER]);
        return `${slot.path} given a value of another type`;
      case 3:
        slot.parent[slot.key] = this.rng.pick(['x'.repeat(1_000_000), 10 ** 12, Array.from({ length: 10_000 }, () => 'person:x'), '🚀'.repeat(100_000)]);
        return `${slot.path} given a huge value`;
      default:
        if (typeof current === 'number') {
          const delta = this.rng.pick([1, -1]);
          slot.parent[slot.key] = current + delta;
          return `${slot.path} ${delta > 0 ? '+' : '-'} 1`;
        }
        slot.parent[slot.key] = this.rng.pick(INJECTIONS);
        return `${slot.path} given a hostile string`;
    }
  }
}

interface Slot {
  parent: any;
  key: string;
  path: string;
}

/** Every place in a YAML-like tree that holds a value, with its path. */
function collect(node: unknown, at: string): Slot[] {
  const out: Slot[] = [];
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      const path = `${at}[${i}]`;
      out.push({ parent: node, key: String(i), path }, ...collect(v, path));
    });
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const path = at ? `${at}.${k}` : k;
      out.push({ parent: node, key: k, path }, ...collect(v, path));
    }
  }
  return out;
}
