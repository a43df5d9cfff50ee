import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { EntityRow } from '../common/rows';
import { PrimeEntity } from '../node/node.loader';
import { eventRepository } from './event.repository';

export interface EventLoaders {
  participants: DataLoader<string, EntityRow[]>;
  actorEvents: DataLoader<string, EntityRow[]>;
}

export function eventLoaders(db: Database, prime: PrimeEntity): EventLoaders {
  const lists = (query: 'event/find-participants' | 'actor/find-events') =>
    new DataLoader<string, EntityRow[]>(async (ids) => {
      const found = await eventRepository.findLists(db, query, ids);
      found.forEach((rows) => rows.forEach(prime));
      return ids.map((id) => found.get(id) ?? []);
    });
  return { participants: lists('event/find-participants'), actorEvents: lists('actor/find-events') };
}
