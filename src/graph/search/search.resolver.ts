import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import { BadInputError } from '../../errors';
import { pageSize } from '../common/pagination';
import { EntityRow } from '../common/rows';
import { Context } from '../context';
import { EntityType } from '../entity/entity.type';
import { Entity } from '../entity/entity.interface';
import { searchRepository } from './search.repository';
import { SearchHit } from './search.type';

const MAX_HITS = 50;
const MAX_QUERY = 200;

@Resolver(() => SearchHit)
export class SearchResolver {
  /** Who or what is meant by this name, in whatever spelling? */
  @Query(() => [SearchHit], {
    description:
      'Entities whose name or alias matches, best first: any case, accents, spelling variants and German inflections ("Selenskyj", "zelenskyy", "Wolodymyr Selenskyj", "Polen", "Russlands"). Search syntax in the query is treated as plain text.',
  })
  async search(
    @Arg('query', () => String, { description: 'Names or words to look for.' }) query: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: `How many hits to return, from 0 to ${MAX_HITS}.` }) first?: number | null,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only entities of these types.' }) types?: EntityType[] | null,
  ): Promise<SearchHit[]> {
    if (query.trim() === '') throw new BadInputError('Argument "query" is blank; give a name or words to search for.', { argument: 'query', value: query });
    if (query.length > MAX_QUERY) {
      throw new BadInputError(`Argument "query" is ${query.length} characters long, but at most ${MAX_QUERY} are allowed.`, {
        argument: 'query',
        value: query.length,
      });
    }
    const hits = await searchRepository.search(ctx.db, query, types && types.length ? types : null, pageSize('first', first, 10, MAX_HITS));
    hits.forEach((h) => ctx.loaders.primeEntity(h.entity));
    return hits.map((h) => ({ score: h.score, entityId: h.entity.id }));
  }

  @FieldResolver(() => Entity, { description: 'The matching entity.' })
  node(@Root() hit: SearchHit, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(hit.entityId);
  }
}
