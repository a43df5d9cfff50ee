import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import { Context } from '../context';
import { ActorNetworkArgs, AffiliationNetworkArgs, NetworkWindowArgs } from './network.input';
import { ActorNetworkRequest, AffiliationNetworkRequest, actorNetworkRequest, affiliationNetworkRequest, windowRequest } from './network.request';
import { ActorNetworkRow, AffiliationNetworkRow, networkRepository } from './network.repository';
import { ActorNetwork, AffiliationNetwork, NetworkWindow } from './network.type';
import { networkWindows } from './network.service';
import { selects } from './selection';

const EVIDENCE = ['statementIds', 'statementCount'];

/** The GraphQL shape of an actor network row. */
export function toActorNetwork(request: ActorNetworkRequest, row: ActorNetworkRow): ActorNetwork {
  return {
    aggregation: request.aggregation,
    normalization: request.normalization,
    qualifier: request.qualifier,
    duplicates: request.duplicates,
    nodes: row.nodes.map((n) => ({ ...n, statementCount: n.statementCount ?? null })),
    edges: row.edges.map((e) => ({ ...e, topicIds: e.topics })),
    actorCount: row.actorCount,
    edgeCount: row.edgeCount,
    truncated: row.actorCount > row.nodes.length || row.edgeCount > row.edges.length,
  };
}

export function toAffiliationNetwork(request: AffiliationNetworkRequest, row: AffiliationNetworkRow): AffiliationNetwork {
  return {
    aggregation: request.aggregation,
    normalization: request.normalization,
    qualifier: request.qualifier,
    duplicates: request.duplicates,
    actors: row.actors.map((a) => ({ ...a, statementCount: null })),
    topics: [...row.topics].sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: row.edges,
    actorCount: row.actorCount,
    edgeCount: row.edgeCount,
    truncated: row.actorCount > row.actors.length || row.edgeCount > row.edges.length,
  };
}

@Resolver()
export class NetworkResolver {
  /** Who agrees and who clashes with whom, and how strongly? */
  @Query(() => ActorNetwork, {
    description:
      "The one-mode network of actors as the Discourse Network Analyzer defines it (docs/networks.md): actors weighted by their activity, edges by congruence, conflict, both subtracted, or co-occurrence over the topics they share, normalised as asked. Stances read as SUPPORT +1, NEUTRAL 0, OPPOSE -1 (|K| - 1 = 2), or with `qualifier: BINARY` as DNA's binary qualifier. Computed in one database query.",
  })
  async actorNetwork(@Args(() => ActorNetworkArgs) args: ActorNetworkArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ActorNetwork> {
    const request = actorNetworkRequest(args);
    const row = await networkRepository.actorNetwork(ctx.db, request, selects(info, ['edges'], EVIDENCE));
    return toActorNetwork(request, row);
  }

  /** Which actor takes which side of which topic? */
  @Query(() => AffiliationNetwork, {
    description:
      "The two-mode network of actors and topics (DNA's affiliation network): each edge weighs how often an actor takes a stance on a topic (IGNORE), its supports minus its opposes (SUBTRACT) or which sides it takes (COMBINE), normalised by the actor's activity or the topic's prominence. Computed in one database query.",
  })
  async affiliationNetwork(@Args(() => AffiliationNetworkArgs) args: AffiliationNetworkArgs, @Ctx() ctx: Context): Promise<AffiliationNetwork> {
    const request = affiliationNetworkRequest(args);
    return toAffiliationNetwork(request, await networkRepository.affiliationNetwork(ctx.db, request));
  }

  /** How did the network change over time? */
  @Query(() => [NetworkWindow], {
    description:
      "The actor network in sliding time windows, as DNA's time-window export makes them: windows `window` units wide, one starting every `step` units, from the unit of the first counted statement's day to that of the last (or the filter's dates), each cut to those days. Undated statements are in no window. At most 120 windows; all computed in one database query.",
  })
  async networkWindows(
    @Args(() => NetworkWindowArgs) args: NetworkWindowArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NetworkWindow[]> {
    const request = actorNetworkRequest(args);
    const windows = windowRequest(args);
    const evidence = selects(info, ['network', 'edges'], EVIDENCE);
    const rows = await networkWindows(ctx.db, request, windows, evidence);
    return rows.map((row) => ({ from: row.from, to: row.to, network: toActorNetwork(request, row) }));
  }
}
