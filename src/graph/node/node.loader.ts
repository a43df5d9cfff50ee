import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { EntityRow } from '../common/rows';
import { nodeRepository } from './node.repository';

/** Entities by id: one query per batch; null for an unknown id. */
export function entityLoader(db: Database): DataLoader<string, EntityRow | null> {
  return new DataLoader(async (ids) => {
    const found = await nodeRepository.findEntitiesByIds(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Makes an entity row that came with another answer known to the entity loader, saving a lookup. */
export type PrimeEntity = (row: EntityRow) => void;

export function primer(loader: DataLoader<string, EntityRow | null>): PrimeEntity {
  return (row) => {
    loader.prime(row.id, row);
  };
}
