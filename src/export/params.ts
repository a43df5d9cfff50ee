/**
 * An export's parameters from a query string (`?aggregation=CONFLICT&topics=topic:a,topic:b`)
 * or the command line (`--aggregation CONFLICT --topics topic:a,topic:b`): the same names as the
 * GraphQL arguments, the filter's fields at the top level, lists comma-separated or repeated.
 * Checked by the same functions as the GraphQL arguments, so both refuse the same values; the
 * sentences name the query parameter.
 */
import { BadInputError } from '../errors';
import { NetworkFilterInput, NetworkInput, oneOf } from '../graph/network/network.request';

export type RawParams = Record<string, string | string[] | undefined>;

const FILTER_LISTS = ['topics', 'actors', 'actorTypes', 'modes', 'attributions', 'provenances', 'articles'] as const;
const FILTER_DATES = ['from', 'to'] as const;
const CHOICES = ['aggregation', 'normalization', 'qualifier', 'duplicates'] as const;
const NUMBERS = ['minWeight', 'idsPerEdge'] as const;
/** The parameters only some exports read. */
const OTHERS = ['network', 'part', 'dialect', 'window', 'unit', 'step'] as const;

/** Every parameter an export understands; any other is refused by name. */
export const EXPORT_PARAMETERS = Object.freeze([...FILTER_LISTS, ...FILTER_DATES, ...CHOICES, ...NUMBERS, ...OTHERS]);

function single(name: string, value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) {
    if (value.length > 1) throw new BadInputError(`Query parameter "${name}" is given ${value.length} times; give it once.`, { argument: name, value });
    return value[0];
  }
  return value;
}

function list(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim());
}

/** Rewrites the GraphQL argument names of a refusal into the query parameter's. */
export function asParameterError(error: unknown): unknown {
  if (!(error instanceof BadInputError)) return error;
  const message = error.message.replace(/^Argument "(?:filter\.)?([^"]+)"/, 'Query parameter "$1"').replace(/^Arguments /, 'Query parameters ');
  return new BadInputError(message, error.extensions as Record<string, unknown>);
}

/** The parameters as the request checkers take them; unknown names are refused. */
export function parseParams(raw: RawParams): { input: NetworkInput; others: Partial<Record<(typeof OTHERS)[number], string>> } {
  for (const name of Object.keys(raw)) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw new BadInputError(`Query parameter "${name}" is not one an export takes; use ${EXPORT_PARAMETERS.join(', ')}.`, { argument: name });
    }
  }
  const filter: NetworkFilterInput = {};
  for (const name of FILTER_LISTS) filter[name] = list(raw[name]);
  for (const name of FILTER_DATES) filter[name] = single(name, raw[name]);
  const input: NetworkInput = { filter };
  for (const name of CHOICES) input[name] = single(name, raw[name]);
  const minWeight = single('minWeight', raw.minWeight);
  if (minWeight !== undefined) {
    const n = Number(minWeight);
    if (minWeight.trim() === '' || !Number.isFinite(n)) {
      throw new BadInputError(`Query parameter "minWeight" is ${JSON.stringify(minWeight)}, which is not a number.`, {
        argument: 'minWeight',
        value: minWeight,
      });
    }
    input.minWeight = n;
  }
  input.idsPerEdge = intParam('idsPerEdge', single('idsPerEdge', raw.idsPerEdge));
  const others: Partial<Record<(typeof OTHERS)[number], string>> = {};
  for (const name of OTHERS) others[name] = single(name, raw[name]);
  return { input, others };
}

/** A whole-number parameter (window, step). */
export function intParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new BadInputError(`Query parameter "${name}" is ${JSON.stringify(value)}, which is not a whole number.`, { argument: name, value });
  return Number(value);
}

/** A parameter naming one of `allowed`. */
export function choiceParam<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  return oneOf(name, value, allowed, fallback);
}
