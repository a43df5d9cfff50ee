import DataLoader from 'dataloader';

import { Database } from '../../db/database';
import { ArgsLoaders } from '../common/loaders';
import { PrimeEntity } from '../node/node.loader';
import { PositionRow, positionRepository } from './position.repository';
import { PositionSelection } from './selection';

/**
 * Positions per topic id (Topic.positions, Query.positions): one query per batch and selection
 * (how many statements per position it reads). Primes the entity loader with each topic; the
 * actors come reduced (see EntityRef) and are not primed.
 */
export function topicPositionLoader(db: Database, args: ArgsLoaders, prime: PrimeEntity, selection: PositionSelection): DataLoader<string, PositionRow[]> {
  return args.get('topic.positions', selection, async (ids: readonly string[]) => {
    const found = await positionRepository.byTopics(db, ids, selection);
    found.forEach(({ topic }) => prime(topic));
    return ids.map((id) => found.get(id)?.positions ?? []);
  });
}

/** Positions per actor id for one `topic` argument (Actor.positions(topic)): one query per batch and selection. */
export function actorPositionLoader(
  db: Database,
  args: ArgsLoaders,
  prime: PrimeEntity,
  topic: string | null,
  selection: PositionSelection,
): DataLoader<string, PositionRow[]> {
  return args.get('actor.positions', { topic, ...selection }, async (ids: readonly string[]) => {
    const found = await positionRepository.byActors(db, ids, topic, selection);
    found.forEach(({ actor }) => prime(actor));
    return ids.map((id) => found.get(id)?.positions ?? []);
  });
}

/** Every statement id of a position, keyed `actor topic stance`: one query per batch. */
export function positionStatementIdsLoader(db: Database, args: ArgsLoaders): DataLoader<string, string[]> {
  return args.get('position.statementIds', null, async (keys: readonly string[]) => {
    const positions = keys.map((k) => {
      const [actor, topic, stance] = k.split(' ');
      return { actor, topic, stance };
    });
    return positionRepository.statementIds(db, positions);
  });
}
