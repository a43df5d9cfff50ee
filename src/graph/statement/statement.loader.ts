import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { ArgsLoaders } from '../common/loaders';
import { EntityRow, StatementRow } from '../common/rows';
import { PrimeEntity } from '../node/node.loader';
import { StatementListQuery, StatementPage, countStatements, pageStatements } from './list';
import { statementRepository } from './statement.repository';

/** The fixed statement loaders of one request (see context.ts). */
export interface StatementLoaders {
  statement: DataLoader<string, StatementRow | null>;
  speaker: DataLoader<string, EntityRow | null>;
  reporter: DataLoader<string, EntityRow | null>;
  statementEvent: DataLoader<string, EntityRow | null>;
  about: DataLoader<string, EntityRow[]>;
  stances: DataLoader<string, { stance: string; topic: EntityRow }[]>;
}

export function statementLoaders(db: Database, prime: PrimeEntity): StatementLoaders {
  const one = (query: 'find-speakers' | 'find-reporters' | 'find-events') =>
    new DataLoader<string, EntityRow | null>(async (ids) => {
      const found = await statementRepository.findOneEntity(db, query, ids);
      found.forEach(prime);
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    statement: new DataLoader(async (ids) => {
      const found = await statementRepository.findByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    speaker: one('find-speakers'),
    reporter: one('find-reporters'),
    statementEvent: one('find-events'),
    about: new DataLoader(async (ids) => {
      const found = await statementRepository.findAboutTargets(db, ids);
      found.forEach((rows) => rows.forEach(prime));
      return ids.map((id) => found.get(id) ?? []);
    }),
    stances: new DataLoader(async (ids) => {
      const found = await statementRepository.findStances(db, ids);
      found.forEach((rows) => rows.forEach((s) => prime(s.topic)));
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

/**
 * Makes a statement that came with another answer known to the `statement` loader, and its speaker,
 * when that came too (see StatementPageRow.speaker), to `speaker`, exactly as that loader's batch
 * would have: the row under the statement id, and the speaker known to `entity` as well.
 */
export function statementPrimer(
  loaders: Pick<StatementLoaders, 'statement' | 'speaker'>,
  prime: PrimeEntity,
): (row: StatementRow, speaker?: EntityRow | null) => void {
  return (row, speaker) => {
    loaders.statement.prime(row.id, row);
    if (speaker === undefined) return;
    loaders.speaker.prime(row.id, speaker);
    if (speaker) prime(speaker);
  };
}

/**
 * Pages of statements per parent key for one argument set (`Actor.statements(filter, first, after)`
 * asked of 30 speakers is one loader, one query). `''` is the key of the root list. A page carries
 * its list's total when the page query could read it at no extra cost (see StatementPage).
 */
export function statementPageLoader(
  db: Database,
  args: ArgsLoaders,
  q: StatementListQuery,
  primeStatement: (row: StatementRow, speaker?: EntityRow | null) => void,
): DataLoader<string, StatementPage> {
  return args.get('statement.page', q, async (keys: readonly string[]) => {
    const pages = await pageStatements(db, keys, q);
    pages.forEach((page) => page.rows.forEach((r) => primeStatement(r.statement, r.speaker)));
    return pages;
  });
}

/**
 * Exact totals per parent key for one argument set; asked only when a client selects totalCount
 * of a list whose page came without one.
 */
export function statementCountLoader(db: Database, args: ArgsLoaders, q: StatementListQuery): DataLoader<string, number> {
  return args.get('statement.count', { scope: q.scope, filter: q.filter }, (keys: readonly string[]) => countStatements(db, keys, q));
}
