import { connectionTypes } from '../common/connection';
import { describedEnum } from '../common/enums';
import { Actor } from './actor.interface';

export const ActorOrder = describedEnum('ActorOrder', 'Orders of actor lists. Ties fall back to name, then id.', {
  NAME: 'By name, A to Z, ignoring case.',
  STATEMENT_COUNT: 'Those who made the most statements first.',
});
export type ActorOrder = keyof typeof ActorOrder;

export const { Connection: ActorConnection, ConnectionResolver: ActorConnectionResolver } = connectionTypes(() => Actor, {
  name: 'Actor',
  singular: 'actor',
  plural: 'actors',
  order: 'in order',
  total: 'How many actors match, over all pages (exact).',
});
