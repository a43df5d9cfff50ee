import { ObjectType } from 'type-graphql';

import { Entity } from '../entity/entity.interface';
import { Node } from '../node/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: [Entity, Node],
  description: 'A question actors take positions on, such as "Delivery of Tomahawk missiles to Ukraine".',
})
export class Topic extends Entity {}
