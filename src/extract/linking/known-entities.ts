import { EntityTypeName } from '../model';

/** An entity the extractor may link to: from annotation files today, from the graph later. */
export interface KnownEntity {
  id: string;
  type: EntityTypeName;
  name: string;
  aliases: readonly string[];
  anonymous?: boolean;
  roles?: readonly string[];
}

/**
 * Where known entities come from. The CLI reads them from annotation files; the server will pass
 * the graph's entities. `entities()` is read once per extraction run to build a name index.
 */
export interface KnownEntities {
  entities(): Iterable<KnownEntity>;
}

/** A fixed list of entities. */
export class EntityList implements KnownEntities {
  constructor(private readonly list: readonly KnownEntity[]) {}
  entities(): Iterable<KnownEntity> {
    return this.list;
  }
}

/** Several sources in order: an id from an earlier source wins. */
export class CombinedEntities implements KnownEntities {
  constructor(private readonly sources: readonly KnownEntities[]) {}
  *entities(): Iterable<KnownEntity> {
    const seen = new Set<string>();
    for (const source of this.sources) {
      for (const e of source.entities()) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        yield e;
      }
    }
  }
}

export const NO_ENTITIES: KnownEntities = new EntityList([]);
