/**
 * The exports, whoever asks (GET /export/<file>, `npm run export`): a file name picks what and
 * which format (`network.graphml`, `network.csv`, `network.json`, `statements.csv`,
 * `statements.jsonl`), the parameters say which statements and how (those of the GraphQL
 * queries). `prepareExport` checks everything and, for a network, computes it (one query, bounded
 * by EXPORT_NETWORK_LIMITS) before a byte is written, so a refusal is still a clean answer; its
 * `write` then streams the file to a sink that may push back.
 */
import { Database } from '../db/database';
import { BadInputError } from '../errors';
import { EXPORT_NETWORK_LIMITS, actorNetworkRequest, affiliationNetworkRequest, networkFilter } from '../graph/network/network.request';
import { filterParam, networkRepository } from '../graph/network/network.repository';
import { ExportGraph, Scalar, actorGraph, affiliationGraph } from './graph';
import { NETWORK_FORMATS } from './network-formats';
import { RawParams, asParameterError, choiceParam, parseParams } from './params';
import { STATEMENT_FORMATS } from './statement-formats';

/** Where an export writes: resolves once the chunk may be followed by more (backpressure). */
export type Sink = (chunk: string) => Promise<void>;

export interface PreparedExport {
  contentType: string;
  fileName: string;
  /** The parameters as checked, and when the export was made: every export carries them. */
  parameters: Record<string, Scalar>;
  exportedAt: string;
  /** Writes the file; resolves with the number of records written. */
  write(sink: Sink): Promise<number>;
}

/** The export files, for refusals and docs. */
export const EXPORT_FILES = Object.freeze([...NETWORK_FORMATS.map((f) => `network.${f.name}`), ...STATEMENT_FORMATS.map((f) => `statements.${f.name}`)]);

/** Chunks smaller than this are gathered before they are handed to the sink. */
const CHUNK_BYTES = 64 * 1024;

/** Gathers small chunks; `flush` hands them on. */
function buffered(sink: Sink): { add(chunk: string): Promise<void>; flush(): Promise<void> } {
  let pending = '';
  return {
    async add(chunk) {
      pending += chunk;
      if (pending.length >= CHUNK_BYTES) {
        const out = pending;
        pending = '';
        await sink(out);
      }
    },
    async flush() {
      if (pending) await sink(pending);
      pending = '';
    },
  };
}

/** The checked parameters, flat, as they go into a file's metadata (lists joined by ","). */
function describe(parameters: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (value === null || value === undefined) continue;
    if (name === 'filter') Object.assign(out, describe(value as Record<string, unknown>));
    else out[name] = Array.isArray(value) ? value.join(',') : (value as Scalar);
  }
  return out;
}

/** Checks `file` and `raw` and, for a network, computes it; throws BadInputError naming the query parameter. */
export async function prepareExport(db: Database, file: string, raw: RawParams, now = new Date()): Promise<PreparedExport> {
  const exportedAt = now.toISOString();
  const dot = file.indexOf('.');
  const what = file.slice(0, dot);
  const extension = file.slice(dot + 1);
  if (!EXPORT_FILES.includes(file)) {
    throw new BadInputError(`There is no export "${file}"; the exports are ${EXPORT_FILES.join(', ')}.`, { argument: 'file', value: file });
  }
  try {
    const { input, others } = parseParams(raw);
    if (what === 'statements') {
      const format = STATEMENT_FORMATS.find((f) => f.name === extension)!;
      const filter = networkFilter(input.filter);
      const parameters = { export: file, ...describe({ filter }) };
      return {
        contentType: format.contentType,
        fileName: file,
        parameters,
        exportedAt,
        async write(sink) {
          const out = buffered(sink);
          await out.add(format.header());
          const count = await db.stream('network/export-statements', { filter: filterParam(filter) }, (row) => out.add(format.row(row)));
          await out.flush();
          return count;
        },
      };
    }
    const format = NETWORK_FORMATS.find((f) => f.name === extension)!;
    const options = { part: others.part };
    const fileName = format.fileName(options);
    const network = choiceParam('network', others.network, ['actor', 'affiliation'] as const, 'actor');
    let graph: ExportGraph;
    if (network === 'actor') {
      const request = actorNetworkRequest(input, EXPORT_NETWORK_LIMITS);
      const { maxNodes: _n, maxEdges: _e, ...asked } = request;
      graph = actorGraph(await networkRepository.actorNetwork(db, request, true), { export: file, network, ...describe(asked), exportedAt });
    } else {
      const request = affiliationNetworkRequest(input, EXPORT_NETWORK_LIMITS);
      const { maxNodes: _n, maxEdges: _e, ...asked } = request;
      graph = affiliationGraph(await networkRepository.affiliationNetwork(db, request), { export: file, network, ...describe(asked), exportedAt });
    }
    const { exportedAt: _at, ...parameters } = graph.attributes;
    return {
      contentType: format.contentType,
      fileName,
      parameters,
      exportedAt,
      async write(sink) {
        const out = buffered(sink);
        const chunks: string[] = [];
        format.write(graph, (chunk) => chunks.push(chunk), options);
        for (const chunk of chunks) await out.add(chunk);
        await out.flush();
        return options.part === 'nodes' ? graph.nodes.length : graph.edges.length;
      },
    };
  } catch (error) {
    throw asParameterError(error);
  }
}
