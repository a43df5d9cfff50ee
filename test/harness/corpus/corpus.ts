import { Annotation } from '../../../src/ingest/annotation';
import { validateAnnotation } from '../../../src/ingest/validate';
import { Rng, Zipf } from './rng';
import { World, WorldEntity } from './world';

/**
 * The deterministic synthetic corpus: article after article, each a validated annotation as
 * `npm run ingest` would read it (docs/annotation-format.md), with a text that carries every
 * excerpt exactly once. Shape: 5-40 statements per article, each with 1-4 `about` targets and
 * 0-2 stances; speakers and targets drawn with Zipf-like popularity from the shared world;
 * events with participants, reports by media, relations and facts stated with evidence.
 */

// German nouns (singular, plural) with English translations: the plurals let a search for
// "Rakete" find "Raketen" through German stemming, as the contract asks.
const NOUNS: [string, string, string][] = [
  ['Rakete', 'Raketen', 'missile'],
  ['Lieferung', 'Lieferungen', 'delivery'],
  ['Sanktion', 'Sanktionen', 'sanction'],
  ['Verhandlung', 'Verhandlungen', 'negotiation'],
  ['Grenze', 'Grenzen', 'border'],
  ['Waffe', 'Waffen', 'weapon'],
  ['Drohne', 'Drohnen', 'drone'],
  ['Regierung', 'Regierungen', 'government'],
  ['Armee', 'Armeen', 'army'],
  ['Vereinbarung', 'Vereinbarungen', 'agreement'],
  ['Forderung', 'Forderungen', 'demand'],
  ['Warnung', 'Warnungen', 'warning'],
  ['Eskalation', 'Eskalationen', 'escalation'],
  ['Hilfe', 'Hilfen', 'aid'],
  ['Wahl', 'Wahlen', 'election'],
  ['Bedrohung', 'Bedrohungen', 'threat'],
  ['Allianz', 'Allianzen', 'alliance'],
  ['Offensive', 'Offensiven', 'offensive'],
  ['Garantie', 'Garantien', 'guarantee'],
  ['Abwehr', 'Abwehren', 'defence'],
  ['Reserve', 'Reserven', 'reserve'],
  ['Strategie', 'Strategien', 'strategy'],
  ['Krise', 'Krisen', 'crisis'],
  ['Front', 'Fronten', 'front line'],
];
const EN_NOUNS: [string, string][] = [
  ['missile', 'missiles'],
  ['delivery', 'deliveries'],
  ['sanction', 'sanctions'],
  ['negotiation', 'negotiations'],
  ['border', 'borders'],
  ['weapon', 'weapons'],
  ['drone', 'drones'],
  ['government', 'governments'],
  ['army', 'armies'],
  ['agreement', 'agreements'],
  ['demand', 'demands'],
  ['warning', 'warnings'],
  ['escalation', 'escalations'],
  ['election', 'elections'],
  ['threat', 'threats'],
  ['alliance', 'alliances'],
  ['offensive', 'offensives'],
  ['guarantee', 'guarantees'],
  ['strategy', 'strategies'],
  ['crisis', 'crises'],
];
const DE_VERBS: [string, string][] = [
  ['fordert', 'demands'],
  ['kritisiert', 'criticises'],
  ['begrüßt', 'welcomes'],
  ['verurteilt', 'condemns'],
  ['unterstützt', 'supports'],
  ['lehnt ab', 'rejects'],
  ['prüft', 'is reviewing'],
  ['erwartet', 'expects'],
];
const EN_VERBS = ['demands', 'criticises', 'welcomes', 'condemns', 'supports', 'rejects', 'is reviewing', 'expects'];
const DE_ADVERBS: [string, string][] = [
  ['sofort', 'immediately'],
  ['entschieden', 'firmly'],
  ['erneut', 'again'],
  ['offen', 'openly'],
  ['vorsichtig', 'cautiously'],
];
const MODES = ['DIRECT_QUOTE', 'INDIRECT_SPEECH', 'ASSESSMENT'] as const;
const ATTRIBUTIONS = ['ON_RECORD', 'ON_RECORD', 'ON_RECORD', 'REPORTED', 'ALLEGED'] as const;
const STANCES = ['SUPPORT', 'OPPOSE', 'NEUTRAL'] as const;
const EVENT_KINDS = ['meeting', 'phone call', 'press conference', 'social media post', 'other'] as const;

/** Which corpus: the seed of its random choices and its size. */
export interface CorpusOptions {
  seed: number;
  /** Total statements to generate; the last article is cut short to hit it exactly. */
  statements: number;
}

/** Yields the corpus article by article, each validated by the project's own validator. */
export function* generateCorpus(world: World, options: CorpusOptions): Generator<Annotation> {
  const rng = new Rng(options.seed);
  const actorZipf = new Zipf(world.actors.length, 1.1);
  const targetZipf = new Zipf(world.targets.length, 1.0);
  const topicZipf = new Zipf(world.topics.length, 0.9);
  let remaining = options.statements;
  for (let n = 0; remaining > 0; n++) {
    const count = Math.min(remaining, rng.int(5, 40));
    remaining -= count;
    const { raw, text } = article(world, rng, n, count, actorZipf, targetZipf, topicZipf);
    yield validateAnnotation(raw, text, `bench article ${n}`);
  }
}

function article(world: World, rng: Rng, n: number, count: number, actorZipf: Zipf, targetZipf: Zipf, topicZipf: Zipf): { raw: unknown; text: string } {
  const slug = `bench-${String(n).padStart(6, '0')}`;
  const articleId = `article:${slug}`;
  const language = rng.chance(0.6) ? 'de' : 'en';
  const day = new Date(Date.UTC(2023, 0, 1) + (n % 1000) * 86_400_000).toISOString().slice(0, 10);
  const source = rng.pick(world.media);
  const entities = new Map<string, WorldEntity>();
  const use = (e: WorldEntity): WorldEntity => {
    entities.set(e.id, e);
    if (e.type === 'Weapon') entities.set(e.extra.manufacturer as string, world.byId.get(e.extra.manufacturer as string)!);
    return e;
  };
  use(source);
  const lines: string[] = [`${language === 'de' ? 'Bericht' : 'Report'} ${n}: ${day}`];
  const events: Record<string, unknown>[] = [];
  for (let e = 0; e < rng.int(0, 2); e++) {
    const participants = actorZipf.distinct(rng, rng.int(1, 3)).map((i) => use(world.actors[i]).id);
    events.push({
      id: `event:${slug}-e${e + 1}`,
      name: `${rng.pick(EVENT_KINDS)} ${n}.${e + 1}`,
      kind: rng.pick(EVENT_KINDS),
      date: day,
      place: `${world.countries[(n + e) % world.countries.length].name} capital`,
      participants,
    });
  }
  const statements: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  const facts = new Map<string, Record<string, unknown>[]>();
  for (let i = 0; i < count; i++) {
    const speaker = use(world.actors[actorZipf.sample(rng)]);
    const about = targetZipf.distinct(rng, rng.int(1, 4)).map((t) => use(world.targets[t]));
    const stances = topicZipf.distinct(rng, rng.int(0, 2)).map((t) => ({
      topic: use(world.topics[t]).id,
      // Actors lean one way per topic, with some contradictions, as real speakers do.
      stance: rng.chance(0.8) ? STANCES[(hash(speaker.id) + t) % 3] : rng.pick(STANCES),
    }));
    const reporter = rng.chance(0.3) ? use(rng.pick(world.media)) : undefined;
    const event = events.length > 0 && rng.chance(0.25) ? (rng.pick(events).id as string) : undefined;
    const { original, translation } = sentence(rng, language, about);
    const number = `(${i + 1})`;
    const excerpt = language === 'de' ? `${number} ${speaker.name} sagte: „${original}“` : `${number} ${speaker.name} said: "${original}"`;
    lines.push(excerpt);
    statements.push({
      id: `statement:${slug}-${String(i + 1).padStart(2, '0')}`,
      speaker: speaker.id,
      text: original,
      ...(translation ? { translation } : {}),
      mode: rng.pick(MODES),
      attribution: reporter ? 'REPORTED' : rng.pick(ATTRIBUTIONS),
      ...(reporter ? { reportedBy: reporter.id } : {}),
      ...(event ? { event } : {}),
      ...(rng.chance(0.7) ? { date: day } : {}),
      about: about.map((a) => a.id),
      stances,
      excerpt,
    });
    // Some statements come with a relation the article states about their speaker.
    const stated = world.relationsFrom.get(speaker.id);
    if (stated && rng.chance(0.15)) {
      const r = rng.pick(stated);
      if (!relations.some((x) => x.type === r.type && x.from === r.from && x.to === r.to)) {
        use(world.byId.get(r.to)!);
        const line = `[R${relations.length + 1}] ${speaker.name} ${r.type} ${world.byId.get(r.to)!.name}.`;
        lines.push(line);
        relations.push({ type: r.type, from: r.from, to: r.to, excerpt: line });
      }
    }
    for (const a of about) {
      if (a.type === 'Weapon' && !facts.has(a.id) && rng.chance(0.2)) {
        const line = `[F${facts.size + 1}] ${a.name}: ${a.extra.rangeKm} km.`;
        lines.push(line);
        facts.set(a.id, [{ attribute: 'rangeKm', value: a.extra.rangeKm, unit: 'km', excerpt: line }]);
      }
    }
  }
  const raw = {
    article: { id: articleId, title: `Synthetic article ${n}`, language, file: `${slug}.txt`, publishedAt: day, source: source.id },
    entities: [
      ...[...entities.values()].map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        ...e.extra,
        ...(facts.has(e.id) ? { facts: facts.get(e.id) } : {}),
      })),
      ...events,
    ],
    relations,
    statements,
  };
  return { raw, text: lines.join('\n') };
}

/** One statement: German with an English translation, or English. Names its first target. */
function sentence(rng: Rng, language: string, about: WorldEntity[]): { original: string; translation?: string } {
  const target = about[0];
  if (language === 'de') {
    const [n1s, n1p, n1e] = rng.pick(NOUNS);
    const [, n2p, n2e] = rng.pick(NOUNS);
    const [verb, verbEn] = rng.pick(DE_VERBS);
    const [adv, advEn] = rng.pick(DE_ADVERBS);
    const plural = rng.chance(0.5);
    const original = `${target.name} ${verb} ${adv} die ${plural ? n1p : n1s} und ${n2p}`;
    return { original, translation: `${target.name} ${verbEn} ${advEn} the ${plural ? `${n1e}s` : n1e} and ${n2e}s` };
  }
  const [n1s, n1p] = rng.pick(EN_NOUNS);
  const [, n2p] = rng.pick(EN_NOUNS);
  return { original: `${target.name} ${rng.pick(EN_VERBS)} the ${rng.chance(0.5) ? n1p : n1s} and the ${n2p}` };
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}
