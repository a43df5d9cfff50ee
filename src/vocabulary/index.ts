/**
 * The domain vocabulary: every closed set of names the project uses (entity types and their id
 * prefixes, actor types, speech modes, attributions, stances, relation types with their allowed
 * endpoints, node labels). Defined here once, as frozen data; the validator, the GraphQL enums,
 * the Cypher callers and the dashboard import it. Pure: it runs in Node and in the browser.
 */
export * from './entities';
export * from './graph';
export * from './relations';
export * from './statements';
export * from './networks';
