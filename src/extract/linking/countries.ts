import { loadLexicon } from '../lexicon/load';
import { KnownEntities, KnownEntity } from './known-entities';
import { slugOf } from '../../vocabulary';

type Row = [string, string, string, string, string, string];

/** German adjective endings after a stem: `polnisch` → `polnische`, `polnischen`, … */
export const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/**
 * The country lexicon (`common/countries.yaml`) as known entities: the English name is the name,
 * German names, capitals and English adjectives are aliases, and each German adjective stem is
 * listed with its endings. Ids are `country:<slug of the English name>`.
 */
export class CountryLexicon implements KnownEntities {
  private readonly list: KnownEntity[];
  readonly isoCodes: ReadonlyMap<string, string>;

  constructor() {
    const rows = loadLexicon<Row[]>('common/countries.yaml');
    const iso = new Map<string, string>();
    this.list = rows.map(([code, en, de, deAdj, enAdj, other]) => {
      const id = `country:${slugOf(en)}`;
      iso.set(id, code);
      const split = (s: string) =>
        s
          ? s
              .split('|')
              .map((x) => x.trim())
              .filter(Boolean)
          : [];
      const adjectives = split(deAdj).flatMap((stem) => ADJECTIVE_ENDINGS.map((e) => stem + e));
      return { id, type: 'Country', name: en, aliases: [...split(de), ...adjectives, ...split(enAdj), ...split(other)] };
    });
    this.isoCodes = iso;
  }

  entities(): Iterable<KnownEntity> {
    return this.list;
  }
}

let shared: CountryLexicon | undefined;
export function countryLexicon(): CountryLexicon {
  shared ??= new CountryLexicon();
  return shared;
}
