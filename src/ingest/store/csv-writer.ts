import fs from 'node:fs';
import path from 'node:path';

/**
 * A property value as `neo4j-admin database import` types it. Numbers are doubles because the
 * driver sends every JavaScript number as a float, so that is what the write path stores.
 */
export type CsvValue = string | number | boolean | string[] | { date: string } | { datetime: string };

/** A node or relationship end: the id space (the node's kind) and its id in that space. */
export interface NodeRef {
  space: string;
  id: string;
}

/** The CSV files written, in the groups `neo4j-admin database import full` takes them. */
export interface CsvFiles {
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  /** The longest field, in UTF-8 bytes: the importer's read buffer must hold it. */
  longestFieldBytes: number;
}

/**
 * Array delimiters to choose from, in order: control characters no annotation text is expected to
 * hold. The first one that occurs in no list value of the archive is used.
 */
const ARRAY_DELIMITERS = ['\u001f', '\u001e', '\u001d', '\u001c', '\u0007'];

const FLUSH_CHARS = 1 << 20;

/**
 * Writes nodes and relationships as the CSV files Neo4j's offline importer reads. A file's header
 * types each column, and an empty field means "no property", so rows are grouped by their exact
 * set of present properties and types: one file per group, each with its own header. A row whose
 * property is null leaves it out, as Cypher's SET does.
 */
export class CsvWriter {
  private readonly groups = new Map<string, { file: string; fd: number; buffer: string }>();
  private longest = 0;
  private count = 0;

  constructor(
    private readonly dir: string,
    private readonly arrayDelimiter: string,
  ) {}

  node(ref: NodeRef, labels: string[], props: Record<string, CsvValue | null>): void {
    const columns = typedColumns(props);
    const key = `N ${ref.space} ${columns.header}`;
    const fields = [quote(ref.id), this.list(labels), ...columns.values.map((v) => this.field(v))];
    this.row(key, `id:ID(${ref.space}),:LABEL${columns.header ? `,${columns.header}` : ''}`, fields);
  }

  relationship(type: string, from: NodeRef, to: NodeRef, props: Record<string, CsvValue | null> = {}): void {
    const columns = typedColumns(props);
    const key = `R ${from.space} ${to.space} ${columns.header}`;
    const fields = [quote(from.id), quote(to.id), quote(type), ...columns.values.map((v) => this.field(v))];
    this.row(key, `:START_ID(${from.space}),:END_ID(${to.space}),:TYPE${columns.header ? `,${columns.header}` : ''}`, fields);
  }

  /** Flushes and closes every file; the files by group. */
  close(): CsvFiles {
    const nodes: string[] = [];
    const relationships: string[] = [];
    for (const [key, group] of this.groups) {
      fs.writeSync(group.fd, group.buffer);
      fs.closeSync(group.fd);
      (key.startsWith('N ') ? nodes : relationships).push(group.file);
    }
    this.groups.clear();
    return { nodes, relationships, arrayDelimiter: this.arrayDelimiter, longestFieldBytes: this.longest };
  }

  private row(key: string, header: string, fields: string[]): void {
    let group = this.groups.get(key);
    if (!group) {
      const file = path.join(this.dir, `${key.startsWith('N ') ? 'nodes' : 'relationships'}-${++this.count}.csv`);
      group = { file, fd: fs.openSync(file, 'w'), buffer: `${header}\n` };
      this.groups.set(key, group);
    }
    group.buffer += `${fields.join(',')}\n`;
    if (group.buffer.length >= FLUSH_CHARS) {
      fs.writeSync(group.fd, group.buffer);
      group.buffer = '';
    }
  }

  private field(value: CsvValue): string {
    if (typeof value === 'string') return this.measured(quote(value));
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`The number ${value} cannot be stored in Neo4j.`);
      return String(value);
    }
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return this.list(value);
    return 'date' in value ? value.date : value.datetime;
  }

  private list(items: string[]): string {
    // An empty list, or a list of one empty string, has no CSV form: both read back as absent.
    if (items.length === 0 || (items.length === 1 && items[0] === ''))
      throw new Error(`The list ${JSON.stringify(items)} has no CSV form for Neo4j's importer.`);
    for (const item of items) {
      if (item.includes(this.arrayDelimiter)) throw new Error(`The list value ${JSON.stringify(item)} holds the array delimiter chosen for the import.`);
    }
    return this.measured(quote(items.join(this.arrayDelimiter)));
  }

  private measured(field: string): string {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; exact enough for sizing a buffer.
    if (field.length * 3 > this.longest) this.longest = Math.max(this.longest, Buffer.byteLength(field));
    return field;
  }
}

/** The first array delimiter that none of these list values holds (see ARRAY_DELIMITERS). */
export function chooseArrayDelimiter(values: Iterable<string>): string {
  const free = new Set(ARRAY_DELIMITERS);
  for (const value of values) for (const d of free) if (value.includes(d)) free.delete(d);
  const chosen = ARRAY_DELIMITERS.find((d) => free.has(d));
  if (chosen === undefined) {
    throw new Error(
      `Every candidate array delimiter (${ARRAY_DELIMITERS.map(codePoint).join(', ')}) occurs in the archive's lists, so it cannot be imported offline.`,
    );
  }
  return chosen;
}

/** The delimiter as the importer's options spell it: U+001F. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The present properties, sorted by name, as `name:type` header columns and their values. */
function typedColumns(props: Record<string, CsvValue | null>): { header: string; values: CsvValue[] } {
  const names = Object.keys(props)
    .filter((k) => props[k] !== null && props[k] !== undefined)
    .sort();
  const values = names.map((k) => props[k]!);
  const header = names.map((k, i) => `${k}:${typeOf(values[i], k)}`).join(',');
  return { header, values };
}

function typeOf(value: CsvValue, name: string): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.some((v) => typeof v !== 'string')) throw new Error(`The list property "${name}" holds values other than text.`);
    return 'string[]';
  }
  if ('date' in value) return 'date';
  return 'datetime';
}

/** A CSV field in double quotes, its quotes doubled (RFC 4180; newlines stay inside the quotes). */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
