import { EntityRef, EntityTypeName, Mention, Statement } from '../model';
import { Attributed } from '../pipeline/attribution';
import { Analysed } from '../pipeline/document';
import { isGroup } from '../pipeline/mentions';
import { confidenceOf } from '../pipeline/confidence';
import { countryLexicon } from './countries';
import { EntityIndex } from './entity-index';
import { KnownEntities, KnownEntity } from './known-entities';
import { slugify } from './slug';

/** The pipeline's result: statements with resolved entities, and the entities they use. */
export interface Linked {
  language: string;
  text: string;
  statements: Statement[];
  /** Every entity a statement refers to, known ones and those the extractor proposes. */
  entities: EntityRef[];
}

/** Nouns of institutions: a group noun among them is an Organization, the rest are Groups. */
const INSTITUTION = /(polizei|regierung|ministerium|gericht|staatsanwaltschaft|partei|zeitung|agentur|sender|behörde|kommission|parlament|verband|gewerkschaft|konzern|unternehmen|institut|universität|police|government|ministry|department|agency|court|party|newspaper|commission|parliament|union|company|institute|university)$/;
const ACRONYM = /^[A-ZÄÖÜ]{2,6}$/;

interface Antecedent {
  entity: EntityRef;
  sentence: number;
  roleWords: string[];
}

/**
 * Resolves every speaker and reporter mention to an entity and lists what each statement is
 * about. A name resolves to a known entity by any alias or inflected form, else to a proposed
 * one (`person:max-mustermann`); a pronoun or definite role noun to the last compatible named
 * actor (a plural pronoun to a group, organisation or country); an indefinite mention (`ein
 * deutscher Diplomat`, `Insider`) to an anonymous person or a group, proposed per article. A
 * mention that fits nothing keeps its span and resolves to no entity: nothing is guessed.
 */
export function linkStatements(doc: Analysed, statements: Attributed[], known: KnownEntities, scope = 'article'): Linked {
  const index = indexFor(known);
  const proposed = new Map<string, EntityRef>();
  const used = new Map<string, EntityRef>();
  const antecedents: Antecedent[] = [];
  const refOf = (k: KnownEntity): EntityRef => ({ id: k.id, type: k.type, name: k.name, known: true, aliases: [...k.aliases], anonymous: k.anonymous });

  const propose = (type: EntityTypeName, name: string, mention: string, anonymous: boolean): EntityRef => {
    const prefix = { Person: 'person', Organization: 'org', Country: 'country', Group: 'group', Weapon: 'weapon', Topic: 'topic', Event: 'event' }[type];
    const slug = slugify(anonymous ? `${scope} ${name}` : name) || 'unnamed';
    const id = `${prefix}:${slug}`;
    const ref = proposed.get(id) ?? { id, type, name, known: false, aliases: [], anonymous: anonymous || undefined };
    if (mention !== name && !ref.aliases.includes(mention)) ref.aliases.push(mention);
    proposed.set(id, ref);
    return ref;
  };

  const resolve = (m: Mention | null, sentence: number): EntityRef | undefined => {
    if (!m) return undefined;
    if (m.kind === 'pronoun') return personBefore(m) ?? pronounAntecedent(doc, m, antecedents, sentence);
    const hit = index.lookupName(m.name?.text ?? m.text) ?? firstKnownIn(m);
    if (hit) return refOf(hit);
    const words = doc.tokens.slice(m.first, m.last);
    if (m.kind === 'name' && m.name) {
      const type: EntityTypeName = words.some((t) => isGroup(doc, t) && INSTITUTION.test(t.lower)) || ACRONYM.test(m.name.text) ? 'Organization' : 'Person';
      return propose(type, m.name.text, m.text, false);
    }
    if (m.kind === 'role') {
      const a = roleAntecedent(doc, m, antecedents, sentence);
      if (a) return a;
    }
    const head = words.filter((t) => !doc.rules.words.determiners.has(t.lower) && !doc.rules.indefinite.has(t.lower));
    const name = doc.source.slice(head[0]?.start ?? m.start, m.end);
    if (m.kind === 'group' || m.plural) return propose(words.some((t) => INSTITUTION.test(t.lower)) ? 'Organization' : 'Group', name, m.text, true);
    return propose('Person', name, m.text, true);
  };

  // `Doch Trump blieb hart: „…“, sagte er`: a known person named earlier in the pronoun's own
  // sentence, outside quotes, is nearer than the last speaker.
  const personBefore = (m: Mention): EntityRef | undefined => {
    if (doc.rules.pronouns[doc.tokens[m.first].lower]?.number === 'plural') return undefined;
    const s = doc.sentences[doc.tokens[m.first].sentence];
    for (let k = m.first - 1; k >= s.first; k--) {
      if (doc.quoteOf[k] >= 0) continue;
      const hit = index.matchAt(doc.tokens, k, m.first);
      if (hit && hit.entity.type === 'Person') return refOf(hit.entity);
    }
    return undefined;
  };

  // A known name anywhere in the mention: `des Kremls`, `Putins Sprecher Dmitri Peskow` (the last one wins).
  const firstKnownIn = (m: Mention): KnownEntity | null => {
    let hit: KnownEntity | null = null;
    for (let k = m.first; k < m.last; k++) {
      const found = index.matchAt(doc.tokens, k, m.last);
      // Without a name, the match must reach the head noun: `ein deutscher Diplomat` is no country.
      if (found && (m.name || found.last === m.last)) {
        hit = found.entity;
        k = found.last - 1;
      }
    }
    return hit;
  };

  const out: Statement[] = [];
  statements.forEach((s) => {
    const speakerEntity = resolve(s.speaker, s.sentence);
    const reporterEntity = s.reportedBy && s.reportedBy !== s.speaker ? resolve(s.reportedBy, s.sentence) : speakerEntity;
    for (const e of [speakerEntity, reporterEntity]) if (e) used.set(e.id, e);
    if (speakerEntity && s.speaker && s.speaker.kind !== 'pronoun' && (speakerEntity.type === 'Person' || s.speaker.kind === 'name')) {
      antecedents.push({ entity: speakerEntity, sentence: s.sentence, roleWords: doc.tokens.slice(s.speaker.first, s.speaker.last).map((t) => t.lower) });
    }
    const about = index
      .entitiesIn(doc.tokens, s)
      .map(refOf)
      .filter((e) => e.id !== speakerEntity?.id);
    for (const e of about) used.set(e.id, e);
    const excerpt = excerptOf(s);
    out.push({
      start: s.start,
      end: s.end,
      text: doc.source.slice(s.start, s.end),
      mode: s.mode,
      attribution: s.attribution,
      speaker: s.speaker ? { ...s.speaker, entity: speakerEntity } : null,
      cue: s.cue ? { start: s.cue.start, end: s.cue.end, text: doc.source.slice(s.cue.start, s.cue.end) } : null,
      reportedBy: s.reportedBy ? { ...s.reportedBy, entity: reporterEntity } : null,
      about,
      confidence: confidenceOf(s),
      excerpt,
      continues: s.continues ? statements.findIndex((x) => x.start === s.continues!.start && x.end === s.continues!.end) : undefined,
      sentence: s.sentence,
    });
  });
  // Names seen anywhere before are antecedents too: known entities matched in the text.
  return { language: doc.rules.language, text: doc.source.text, statements: out, entities: [...used.values()] };

  function excerptOf(s: Attributed) {
    let start = s.quote ? s.quote.start : s.start;
    let end = s.quote ? s.quote.end : s.end;
    // The cue and speaker mention belong to the evidence where they stand next to the content.
    for (const part of [s.cue ? { start: s.cue.start, end: doc.tokens[s.cue.tokens[s.cue.tokens.length - 1]].end } : null, s.carried ? null : s.speaker]) {
      if (!part) continue;
      if (doc.tokens[tokenIndex(part.start)]?.sentence !== s.sentence && doc.tokens[tokenIndex(part.end - 1)]?.sentence !== doc.tokens[s.last - 1].sentence) continue;
      start = Math.min(start, part.start);
      end = Math.max(end, part.end);
    }
    // Close the excerpt on the sentence's final punctuation when it directly follows.
    const after = doc.tokens[tokenIndex(end - 1) + 1];
    if (after && after.start === end && /^[.!?…]$/.test(after.text)) end = after.end;
    return { start, end };
  }

  function tokenIndex(point: number): number {
    let lo = 0;
    let hi = doc.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.tokens[mid].start <= point) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

// The name index of a source of known entities is built once and reused for every article.
const indexes = new WeakMap<KnownEntities, EntityIndex>();
function indexFor(known: KnownEntities): EntityIndex {
  let index = indexes.get(known);
  if (!index) indexes.set(known, (index = new EntityIndex([known, countryLexicon()])));
  return index;
}

function pronounAntecedent(doc: Analysed, m: Mention, antecedents: Antecedent[], sentence: number): EntityRef | undefined {
  const info = doc.rules.pronouns[doc.tokens[m.first].lower];
  const plural = info?.number === 'plural';
  for (let k = antecedents.length - 1; k >= 0; k--) {
    const a = antecedents[k];
    if (sentence - a.sentence > 4) break;
    const isPerson = a.entity.type === 'Person' && !a.entity.anonymous === true;
    if (plural ? !isPerson || a.entity.type !== 'Person' : a.entity.type === 'Person') return a.entity;
  }
  return undefined;
}

/** A definite role noun (`der Minister`) refers to the last named person, unless that person came with another role. */
function roleAntecedent(doc: Analysed, m: Mention, antecedents: Antecedent[], sentence: number): EntityRef | undefined {
  const role = doc.tokens[m.last - 1].lower;
  for (let k = antecedents.length - 1; k >= 0; k--) {
    const a = antecedents[k];
    if (sentence - a.sentence > 3) break;
    if (a.entity.type !== 'Person' || a.entity.anonymous) continue;
    if (a.roleWords.some((w) => w.endsWith(role))) return a.entity;
  }
  // Else the last person who spoke just before, named or anonymous (`Ein Offizier … erklärte …“, so der Experte`).
  const last = antecedents[antecedents.length - 1];
  if (last && last.entity.type === 'Person' && sentence - last.sentence <= 2) return last.entity;
  return undefined;
}
