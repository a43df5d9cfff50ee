import { connectionTypes } from '../common/connection';
import { describedEnum } from '../common/enums';
import { Actor } from './actor.interface';

const ACTOR_ORDERS = {
  NAME: { description: 'By name, A to Z, ignoring case.' },
  STATEMENT_COUNT: { description: 'Those who made the most statements first.' },
} as const;

export const ActorOrder = describedEnum('ActorOrder', 'Orders of actor lists. Ties fall back to name, then id.', ACTOR_ORDERS);
export type ActorOrder = keyof typeof ACTOR_ORDERS;

export const { Connection: ActorConnection, ConnectionResolver: ActorConnectionResolver } = connectionTypes(() => Actor, {
  name: 'Actor',
  singular: 'actor',
  plural: 'actors',
  order: 'in order',
  total: 'How many actors match, over all pages (exact).',
});
