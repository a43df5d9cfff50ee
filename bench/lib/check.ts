import neo4j from 'neo4j-driver';
import { isDeepStrictEqual } from 'node:util';

import { Database } from '../../src/db/database';
import { ParamSets } from './params';
import { BenchQuery, SystemName } from './queries';
import { Server, post, requestBody } from './servers';

export interface Mismatch {
  query: string;
  params: Record<string, unknown>;
  answers: Partial<Record<SystemName, unknown>>;
}

/** A question the comparison system (@neo4j/graphql) could not answer at all (an error, a timeout). */
export interface Unanswered {
  query: string;
  system: SystemName;
  params: Record<string, unknown>;
  error: string;
}

/**
 * A question the floor itself could not answer in time: its hand-written Cypher ran past the
 * client's timeout, so there is no reference answer to check the others against, and the
 * machine answers that question in no system. It is reported, and left out of the timed runs.
 */
export interface OutOfTime {
  query: string;
  params: Record<string, unknown>;
  errors: Partial<Record<SystemName, string>>;
}

/** The client's "no answer in time" (servers.ts) and stancegraph's own deadline (TIMEOUT). */
const TIMED_OUT = /client timeout|TIMEOUT|ran past its deadline/;

/**
 * Asks every system every question once and compares the normalised answers with the floor's
 * (the first server). A different answer, or an error from stancegraph or the floor, is a
 * mismatch, except a floor that timed out (OutOfTime). An error from @neo4j/graphql (it runs out
 * of memory or time on some questions) is recorded as unanswered: that system is then not timed
 * on that query, and the report says so. Captures the Cypher each system sends, for `explainAll`.
 */
export async function checkAnswers(
  queries: BenchQuery[],
  servers: Server[],
  sets: ParamSets,
): Promise<{
  mismatches: Mismatch[];
  unanswered: Unanswered[];
  outOfTime: OutOfTime[];
  captured: Record<string, Record<string, { text: string; params: Record<string, unknown> }[]>>;
}> {
  const mismatches: Mismatch[] = [];
  const unanswered: Unanswered[] = [];
  const outOfTime: OutOfTime[] = [];
  const captured: Record<string, Record<string, { text: string; params: Record<string, unknown> }[]>> = {};
  for (const q of queries) {
    captured[q.id] = {};
    for (const s of servers) s.startCapture();
    for (const params of sets[q.id]) {
      const answers: Partial<Record<SystemName, unknown>> = {};
      for (const server of servers) {
        const form = q[server.system];
        try {
          const response = await post(server.url((form as { name?: string }).name ?? ''), requestBody(server.system, form as never, params));
          if (response.errors) answers[server.system] = { errors: response.errors.map((e: { message: string }) => e.message) };
          else answers[server.system] = form.normalise(response.data);
        } catch (error) {
          answers[server.system] = { errors: [(error as Error).message] };
        }
      }
      const reference = answers[servers[0].system];
      const failed = (s: SystemName) => (answers[s] as { errors?: string[] } | null)?.errors;
      if (failed(servers[0].system)?.some((e) => TIMED_OUT.test(e))) {
        const errors = Object.fromEntries(servers.map((s) => [s.system, failed(s.system)?.join(' ').slice(0, 300) ?? 'answered']));
        outOfTime.push({ query: q.id, params, errors });
        continue;
      }
      for (const server of servers) {
        if (server.system === 'neo4j-graphql' && failed(server.system)) {
          unanswered.push({ query: q.id, system: server.system, params, error: failed(server.system)!.join(' ').slice(0, 300) });
          delete answers[server.system];
        }
      }
      const agree = servers.every((s) => !(s.system in answers) || isDeepStrictEqual(answers[s.system], reference)) && !failed(servers[0].system);
      if (!agree) mismatches.push({ query: q.id, params, answers });
    }
    for (const s of servers) captured[q.id][s.system] = await s.stopCapture();
  }
  return { mismatches, unanswered, outOfTime, captured };
}

export interface PlanCheck {
  query: string;
  system: SystemName;
  statements: number;
  /** Index operators used (seek or scan, with the index), across the system's queries. */
  indexes: string[];
  /** Label or all-nodes scans: an unindexed lookup. */
  scans: string[];
  /** Each distinct statement: its first line (a named query's header), database hits and time. */
  profiled: { query: string; dbHits: number; ms: number }[];
}

/**
 * PROFILEs every distinct query each system sent for each benchmark query (with the parameters
 * it sent) and lists the indexes used and the label scans that read rows: a scan on a branch
 * that a parameter switches off is in the plan but reads nothing, and is not reported.
 */
export async function explainAll(db: Database, captured: Awaited<ReturnType<typeof checkAnswers>>['captured']): Promise<PlanCheck[]> {
  const toDriver = (v: unknown): unknown =>
    Number.isInteger(v)
      ? neo4j.int(v as number)
      : Array.isArray(v)
        ? v.map(toDriver)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toDriver(x)]))
          : v;
  const checks: PlanCheck[] = [];
  const session = db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    for (const [query, bySystem] of Object.entries(captured)) {
      for (const [system, statements] of Object.entries(bySystem)) {
        const distinct = new Map(statements.map((s) => [s.text, s]));
        const indexes = new Set<string>();
        const scans = new Set<string>();
        const profiled: PlanCheck['profiled'] = [];
        for (const s of distinct.values()) {
          const text = s.text.replace(/^\s*(CYPHER [^\n]*\n)?/, (m) => m);
          const t0 = performance.now();
          const result = await session.run(`PROFILE ${text}`, toDriver(s.params) as Record<string, unknown>);
          let dbHits = 0;
          walk(
            result.summary.profile,
            () => undefined,
            (hits) => (dbHits += hits),
          );
          profiled.push({ query: text.trim().split('\n')[0].slice(0, 100), dbHits, ms: Math.round(performance.now() - t0) });
          walk(result.summary.profile, (op, details, rows) => {
            if (/Index/.test(op)) indexes.add(`${op.replace(/@.*/, '')} ${details}`.slice(0, 120));
            if (/ProcedureCall/.test(op) && /fulltext/.test(details)) indexes.add(`ProcedureCall ${details}`.slice(0, 120));
            if (/LabelScan|AllNodesScan|RelationshipTypeScan/.test(op) && rows > 0)
              scans.add(`${op.replace(/@.*/, '')} ${details} (${rows} rows)`.slice(0, 140));
          });
        }
        checks.push({ query, system: system as SystemName, statements: distinct.size, indexes: [...indexes].sort(), scans: [...scans].sort(), profiled });
      }
    }
  } finally {
    await session.close();
  }
  return checks;
}

function walk(
  plan: { operatorType: string; rows?: number; dbHits?: number; arguments?: Record<string, unknown>; children?: unknown[] } | false,
  visit: (op: string, details: string, rows: number) => void,
  hits: (n: number) => void = () => undefined,
): void {
  if (!plan) return;
  visit(plan.operatorType, String(plan.arguments?.Details ?? ''), Number(plan.rows ?? 0));
  hits(Number(plan.dbHits ?? 0));
  for (const child of plan.children ?? []) walk(child as never, visit, hits);
}
