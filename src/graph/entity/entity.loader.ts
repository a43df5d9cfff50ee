import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { ArgsLoaders } from '../common/loaders';
import { EntityRow } from '../common/rows';
import { PrimeEntity } from '../node/node.loader';
import { FactRow, MentionRow, RelationRow, entityRepository } from './entity.repository';

export interface EntityLoaders {
  facts: DataLoader<string, FactRow[]>;
  entityMentions: DataLoader<string, MentionRow[]>;
  manufacturer: DataLoader<string, EntityRow | null>;
}

export function entityLoaders(db: Database, prime: PrimeEntity): EntityLoaders {
  return {
    facts: new DataLoader(async (ids) => {
      const found = await entityRepository.findFacts(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    entityMentions: new DataLoader(async (ids) => {
      const found = await entityRepository.findMentions(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    manufacturer: new DataLoader(async (ids) => {
      const found = await entityRepository.findManufacturers(db, ids);
      found.forEach(prime);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

/** Relations per entity for one argument set (types and direction): one query per batch. */
export function relationLoader(
  db: Database,
  args: ArgsLoaders,
  prime: PrimeEntity,
  types: readonly string[],
  direction: string,
): DataLoader<string, RelationRow[]> {
  return args.get('entity.relations', { types, direction }, async (ids: readonly string[]) => {
    const found = await entityRepository.findRelations(db, ids, types, direction);
    found.forEach((rows) => rows.forEach((r) => prime(r.other)));
    return ids.map((id) => found.get(id) ?? []);
  });
}
