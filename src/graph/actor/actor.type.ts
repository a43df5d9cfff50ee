import { registerEnumType } from 'type-graphql';

import { connectionTypes } from '../common/connection';
import { Actor } from './actor.interface';

export enum ActorOrder {
  NAME = 'NAME',
  STATEMENT_COUNT = 'STATEMENT_COUNT',
}

registerEnumType(ActorOrder, {
  name: 'ActorOrder',
  description: 'Orders of actor lists. Ties fall back to name, then id.',
  valuesConfig: {
    NAME: { description: 'By name, A to Z, ignoring case.' },
    STATEMENT_COUNT: { description: 'Those who made the most statements first.' },
  },
});

export const {
  Connection: ActorConnection,
  ConnectionResolver: ActorConnectionResolver,
} = connectionTypes(() => Actor, { name: 'Actor', singular: 'actor', plural: 'actors', order: 'in order', total: 'How many actors match, over all pages (exact).' });
