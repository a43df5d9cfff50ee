import { InterfaceType } from 'type-graphql';

import { typeNameOf } from '../common/rows';
import { Entity } from '../entity/entity.interface';
import { Node } from '../node/node.type';

@InterfaceType({
  description: 'An entity that can make statements and take positions: a person, organization, country or group.',
  implements: [Entity, Node],
  resolveType: typeNameOf,
})
export abstract class Actor extends Entity {}
