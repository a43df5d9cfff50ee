import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { PageInfo } from '../common/pagination';
import { Actor } from '../node/node.type';

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

@ObjectType({ description: 'One actor in a list, with its cursor.' })
export class ActorEdge {
  @Field(() => String, { description: 'Opaque cursor of this actor: pass it as `after` to continue after it.' })
  cursor!: string;

  @Field(() => Actor, { description: 'The actor.' })
  node!: Actor;
}

@ObjectType({ description: 'A page of actors (Relay cursor connection).' })
export class ActorConnection {
  @Field(() => [ActorEdge], { description: 'The actors of this page, in order.' })
  edges!: ActorEdge[];

  @Field(() => PageInfo, { description: 'Whether more actors follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;

  count!: () => Promise<number>;
}
