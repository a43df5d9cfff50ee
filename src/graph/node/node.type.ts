import { Field, ID, InterfaceType } from 'type-graphql';

import { typeNameOf } from '../common/rows';

@InterfaceType({
  description: 'Anything with a global id that `Query.node` can fetch: entities, statements and articles.',
  resolveType: typeNameOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id, such as `person:donald-trump`, `statement:trump-tomahawk-2025-10-13` or `article:trump-tomahawk-2025-10`.' })
  id!: string;
}
