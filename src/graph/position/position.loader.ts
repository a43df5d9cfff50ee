import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { ArgsLoaders } from '../common/loaders';
import { PrimeEntity } from '../node/node.loader';
import { PositionRow, positionRepository } from './position.repository';

function primeAll(found: Map<string, PositionRow[]>, prime: PrimeEntity): void {
  found.forEach((rows) =>
    rows.forEach((p) => {
      prime(p.actor);
      prime(p.topic);
    }),
  );
}

/** Positions per topic id (Topic.positions, Query.positions): one query per batch. */
export function topicPositionLoader(db: Database, prime: PrimeEntity): DataLoader<string, PositionRow[]> {
  return new DataLoader(async (ids) => {
    const found = await positionRepository.byTopics(db, ids);
    primeAll(found, prime);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Positions per actor id for one `topic` argument (Actor.positions(topic)): one query per batch. */
export function actorPositionLoader(db: Database, args: ArgsLoaders, prime: PrimeEntity, topic: string | null): DataLoader<string, PositionRow[]> {
  return args.get('actor.positions', { topic }, async (ids: readonly string[]) => {
    const found = await positionRepository.byActors(db, ids, topic);
    primeAll(found, prime);
    return ids.map((id) => found.get(id) ?? []);
  });
}
