import { ArgsType, Field, Int } from 'type-graphql';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return, from 0 to ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor` of a previous page).' })
  after?: string | null;
}
