import { Rng } from './rng';

/**
 * The fixed cast of the synthetic corpus: a few hundred actors and countries, tens of weapons
 * and topics, and the relations between them. It depends only on the seed, not on the scale,
 * so every scale draws on the same world (the 1k corpus is a prefix of the 10k one).
 */
export interface WorldEntity {
  id: string;
  type: 'Person' | 'Organization' | 'Country' | 'Group' | 'Weapon' | 'Topic';
  name: string;
  aliases: string[];
  /** The type-specific fields of the annotation format. */
  extra: Record<string, unknown>;
}

/** A stated relation between two entities of the world, as the annotation format writes it. */
export interface WorldRelation {
  type: string;
  from: string;
  to: string;
}

/** The world's entities by kind and by popularity, and its relations. */
export interface World {
  countries: WorldEntity[];
  persons: WorldEntity[];
  organizations: WorldEntity[];
  media: WorldEntity[];
  groups: WorldEntity[];
  weapons: WorldEntity[];
  topics: WorldEntity[];
  /** Every actor (persons, organizations, countries, groups), most popular first. */
  actors: WorldEntity[];
  /** Everything a statement can be about (actors, weapons, topics), most popular first. */
  targets: WorldEntity[];
  byId: Map<string, WorldEntity>;
  /** Relations keyed by their `from` id. */
  relationsFrom: Map<string, WorldRelation[]>;
}

/** How many entities of each kind the world has. */
export const WORLD_SIZE = { countries: 60, persons: 300, organizations: 100, media: 20, groups: 20, weapons: 40, topics: 30 };

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  're',
  'tan',
  'vo',
  'sel',
  'dra',
  'bru',
  'ni',
  'pe',
  'kor',
  'zu',
  'la',
  'mar',
  'ost',
  'fen',
  'gri',
  'hal',
  'ju',
  'ber',
  'wen',
  'sto',
  'ri',
  'dan',
  'el',
  'mo',
  'tis',
  'var',
  'qu',
];
const ORG_KINDS = ['government body', 'company', 'alliance', 'party', 'military', 'international organization'];
const GROUP_KINDS = ['diplomats', 'experts', 'governments', 'military', 'insiders', 'politicians', 'public'];
const WEAPON_CATEGORIES = ['cruise missile', 'ballistic missile', 'drone', 'air defence system', 'tank', 'howitzer', 'fighter jet'];
const TOPIC_TEMPLATES = ['Delivery of {w} to {c}', 'Sanctions against {c}', 'Immediate ceasefire in {c}', 'Membership of {c} in {o}', 'Peace talks with {c}'];

function word(rng: Rng, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += rng.pick(SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Builds the world for `seed`. */
export function buildWorld(seed: number): World {
  const rng = new Rng(seed ^ 0x5eed);
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (!used.has(slug(name))) {
        used.add(slug(name));
        return name;
      }
    }
  };

  const countries: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.countries; i++) {
    const base = unique(() => word(rng, 2));
    const name = `${base}ia`;
    const iso = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
    countries.push({ id: `country:${slug(name)}`, type: 'Country', name, aliases: [`${base}ien`, `${base}iens`, iso], extra: { isoCode: iso } });
  }
  const organizations: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.organizations; i++) {
    const name = `${unique(() => word(rng, 2))} ${rng.pick(['Council', 'Union', 'Party', 'Industries', 'Command', 'Agency'])}`;
    organizations.push({
      id: `org:${slug(name)}`,
      type: 'Organization',
      name,
      aliases: [name.split(' ')[0]],
      extra: { kind: ORG_KINDS[i % ORG_KINDS.length] },
    });
  }
  const media: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.media; i++) {
    const name = `${unique(() => word(rng, 2))} ${rng.pick(['News', 'Post', 'Zeitung', 'Times'])}`;
    media.push({ id: `org:${slug(name)}`, type: 'Organization', name, aliases: [], extra: { kind: 'media outlet' } });
  }
  const persons: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.persons; i++) {
    const last = unique(() => word(rng, rng.int(2, 3)));
    const first = word(rng, 2);
    const name = `${first} ${last}`;
    persons.push({
      id: `person:${slug(name)}`,
      type: 'Person',
      name,
      aliases: [last, `${last}s`, `${first.charAt(0)}. ${last}`],
      extra: { anonymous: false, roles: [i < WORLD_SIZE.countries ? `Head of state of ${countries[i].name}` : 'Politician'] },
    });
  }
  const groups: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.groups; i++) {
    const kind = GROUP_KINDS[i % GROUP_KINDS.length];
    const name = `${countries[i].name} ${kind}`;
    groups.push({ id: `group:${slug(name)}`, type: 'Group', name, aliases: [], extra: { kind } });
  }
  const companies = organizations.filter((o) => o.extra.kind === 'company');
  const weapons: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.weapons; i++) {
    const name = `${unique(() => word(rng, 2))}-${rng.int(1, 99)}`;
    weapons.push({
      id: `weapon:${slug(name)}`,
      type: 'Weapon',
      name,
      aliases: [name.split('-')[0]],
      extra: { category: WEAPON_CATEGORIES[i % WEAPON_CATEGORIES.length], manufacturer: companies[i % companies.length].id, rangeKm: rng.int(10, 3000) },
    });
  }
  const topics: WorldEntity[] = [];
  for (let i = 0; i < WORLD_SIZE.topics; i++) {
    const name = TOPIC_TEMPLATES[i % TOPIC_TEMPLATES.length]
      .replace('{w}', weapons[i % weapons.length].name)
      .replace('{c}', countries[(i * 7) % countries.length].name)
      .replace('{o}', organizations[(i * 3) % organizations.length].name);
    topics.push({ id: `topic:${slug(name)}`, type: 'Topic', name, aliases: [], extra: {} });
  }

  const relations: WorldRelation[] = [];
  for (let i = 0; i < persons.length; i++) {
    if (i < countries.length) relations.push({ type: 'HEAD_OF_STATE_OF', from: persons[i].id, to: countries[i].id });
    else relations.push({ type: 'MEMBER_OF', from: persons[i].id, to: organizations[i % organizations.length].id });
    if (i % 5 === 1) relations.push({ type: 'ADVISER_OF', from: persons[i].id, to: persons[(i * 13) % countries.length].id });
  }
  for (let i = 0; i < countries.length; i++) {
    relations.push({ type: 'ALLY_OF', from: countries[i].id, to: countries[(i + 1) % countries.length].id });
    relations.push({ type: 'OPPONENT_OF', from: countries[i].id, to: countries[(i * 7 + 3) % countries.length].id });
  }
  const relationsFrom = new Map<string, WorldRelation[]>();
  for (const r of relations) {
    if (r.from === r.to) continue;
    relationsFrom.set(r.from, [...(relationsFrom.get(r.from) ?? []), r]);
  }

  // Popularity order interleaves the kinds, so the head of the Zipf curve mixes heads of
  // state, countries and organizations as the news does.
  const actors = interleave([persons, countries, organizations, groups, media]);
  const targets = interleave([persons, countries, topics, weapons, organizations, groups]);
  const byId = new Map<string, WorldEntity>();
  for (const e of [...countries, ...persons, ...organizations, ...media, ...groups, ...weapons, ...topics]) byId.set(e.id, e);
  return { countries, persons, organizations, media, groups, weapons, topics, actors, targets, byId, relationsFrom };
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}
