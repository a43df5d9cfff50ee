import { EntityRef, EntityTypeName, Mention } from '../model';
import { Analysed } from '../pipeline/document';
import { isGroup } from '../pipeline/mentions';
import { EntityIndex } from './entity-index';
import { KnownEntity } from './known-entities';
import { slugify } from './slug';

/** Nouns of institutions: a group noun among them is an Organization, the rest are Groups. */
const INSTITUTION =
  /(polizei|regierung|ministerium|gericht|staatsanwaltschaft|partei|zeitung|agentur|sender|behörde|kommission|parlament|verband|gewerkschaft|konzern|unternehmen|institut|universität|police|government|ministry|department|agency|court|party|newspaper|commission|parliament|union|company|institute|university)$/;
const ACRONYM = /^[A-ZÄÖÜ]{2,6}$/;
const PREFIX: Readonly<Record<EntityTypeName, string>> = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Group: 'group',
  Weapon: 'weapon',
  Topic: 'topic',
  Event: 'event',
};

interface Antecedent {
  entity: EntityRef;
  sentence: number;
  roleWords: string[];
  /** Introduced by an indefinite article or quantifier (`ein Offizier`). */
  indefinite: boolean;
}

/**
 * Resolves the mentions of one article to entities, in reading order. A name resolves to a known
 * entity by any alias or inflected form, else to a proposed one (`person:max-mustermann`); a
 * pronoun to a known person named earlier in its sentence, else the last compatible speaker; a
 * definite role noun (`der Minister`) to the last speaker with that role; an indefinite mention
 * (`ein deutscher Diplomat`, `Insider`) to an anonymous person or a group, proposed per article.
 */
export class Resolver {
  private readonly proposed = new Map<string, EntityRef>();
  private readonly antecedents: Antecedent[] = [];

  constructor(
    private readonly doc: Analysed,
    private readonly index: EntityIndex,
    private readonly scope: string,
  ) {}

  /** The entity of a mention in a sentence, or undefined when it fits none. */
  resolve(m: Mention | null, sentence: number): EntityRef | undefined {
    if (!m) return undefined;
    const { doc } = this;
    if (m.kind === 'pronoun') return this.personBefore(m) ?? this.pronounAntecedent(m, sentence);
    const hit = this.index.lookupName(m.name?.text ?? m.text) ?? this.knownIn(m);
    if (hit) return refOf(hit);
    // A mention carried on to a relative pronoun (`Der Sprecher, der`) is named by its noun phrase.
    const all = doc.tokens.slice(m.first, m.last);
    const comma = all.findIndex((t) => t.text === ',');
    const words = comma > 0 ? all.slice(0, comma) : all;
    const end = words[words.length - 1].end;
    if (m.kind === 'name' && m.name) {
      const type: EntityTypeName = words.some((t) => isGroup(doc, t) && INSTITUTION.test(t.lower)) || ACRONYM.test(m.name.text) ? 'Organization' : 'Person';
      return this.propose(type, m.name.text, m.text, false);
    }
    if (m.kind === 'role') {
      const a = this.roleAntecedent(m, sentence);
      if (a) return a;
    }
    const head = words.filter((t) => !doc.rules.words.determiners.has(t.lower) && !doc.rules.indefinite.has(t.lower));
    const name = doc.source.slice(head[0]?.start ?? m.start, end);
    if (m.kind === 'group' || m.plural) return this.propose(words.some((t) => INSTITUTION.test(t.lower)) ? 'Organization' : 'Group', name, m.text, true);
    return this.propose('Person', name, m.text, true);
  }

  /** Records a statement's speaker as what later pronouns and role nouns may refer to. */
  remember(m: Mention | null, entity: EntityRef | undefined, sentence: number): void {
    if (!m || !entity || m.kind === 'pronoun' || !(entity.type === 'Person' || m.kind === 'name')) return;
    const words = this.doc.tokens.slice(m.first, m.last).map((t) => t.lower);
    this.antecedents.push({ entity, sentence, roleWords: words, indefinite: this.doc.rules.indefinite.has(words[0]) });
  }

  private propose(type: EntityTypeName, name: string, mention: string, anonymous: boolean): EntityRef {
    const slug = slugify(anonymous ? `${this.scope} ${name}` : name) || 'unnamed';
    const id = `${PREFIX[type]}:${slug}`;
    const ref = this.proposed.get(id) ?? { id, type, name, known: false, aliases: [], anonymous: anonymous || undefined };
    if (mention !== name && !ref.aliases.includes(mention)) ref.aliases.push(mention);
    this.proposed.set(id, ref);
    return ref;
  }

  /**
   * A known name inside the mention: `des Kremls`, `Putins Sprecher Dmitri Peskow` (the last one
   * wins). The match must reach the mention's end (`ein deutscher Diplomat` is no country) or,
   * in a mention with a name, cover that name (`der polnische Außenminister Jan Kowal` is no
   * Poland).
   */
  private knownIn(m: Mention): KnownEntity | null {
    const { tokens } = this.doc;
    let hit: KnownEntity | null = null;
    for (let k = m.first; k < m.last; k++) {
      const found = this.index.matchAt(tokens, k, m.last);
      if (!found) continue;
      const coversName = m.name && tokens[k].start <= m.name.start && tokens[found.last - 1].end >= m.name.end;
      if (coversName || found.last === m.last) hit = found.entity;
      k = found.last - 1;
    }
    return hit;
  }

  // `Doch Trump blieb hart: „…“, sagte er`: a known person named earlier in the pronoun's own
  // sentence or in the one before, outside quotes, is nearer than the last speaker.
  private personBefore(m: Mention): EntityRef | undefined {
    const { doc } = this;
    if (doc.rules.pronouns[doc.tokens[m.first].lower]?.number === 'plural') return undefined;
    // The nearest one back from the pronoun (measured on the seed article: nearer than the first of the sentence before).
    const s = doc.sentences[Math.max(0, doc.tokens[m.first].sentence - 1)];
    for (let k = m.first - 1; k >= s.first; k--) {
      if (doc.quoteOf[k] >= 0) continue;
      const hit = this.index.matchAt(doc.tokens, k, m.first);
      if (hit && hit.entity.type === 'Person') return refOf(hit.entity);
    }
    return undefined;
  }

  private pronounAntecedent(m: Mention, sentence: number): EntityRef | undefined {
    const plural = this.doc.rules.pronouns[this.doc.tokens[m.first].lower]?.number === 'plural';
    for (let k = this.antecedents.length - 1; k >= 0; k--) {
      const a = this.antecedents[k];
      if (sentence - a.sentence > 4) break;
      // A plural pronoun stands for a group, an organisation or a country; a singular one for a person.
      if (plural ? a.entity.type !== 'Person' : a.entity.type === 'Person') return a.entity;
    }
    return undefined;
  }

  /**
   * A definite role noun (`der Minister`) refers to the last person named with that role; else to
   * the last person who spoke just before, when the text introduced that person without naming
   * them (`Ein Offizier … erklärte …“, so der Experte`) or with no office of another kind (`Trump
   * …`, then `der Republikaner`); not `der Bürgermeister` after `die Ministerin`.
   */
  private roleAntecedent(m: Mention, sentence: number): EntityRef | undefined {
    const role = this.doc.tokens[m.last - 1].lower;
    for (let k = this.antecedents.length - 1; k >= 0; k--) {
      const a = this.antecedents[k];
      if (sentence - a.sentence > 3) break;
      if (a.entity.type !== 'Person' || a.entity.anonymous) continue;
      if (a.roleWords.some((w) => w.endsWith(role))) return a.entity;
    }
    const last = this.antecedents[this.antecedents.length - 1];
    if (!last || last.entity.type !== 'Person' || sentence - last.sentence > 2) return undefined;
    // A person named with another office is someone else (`die Ministerin`, then `der Bürgermeister`).
    const otherOffice = last.roleWords.some((w) => this.isRoleWord(w) && !w.endsWith(role));
    return last.indefinite || !otherOffice ? last.entity : undefined;
  }

  private isRoleWord(word: string): boolean {
    return this.doc.rules.roles.some((r) => word === r || (word.endsWith(r) && word.length > r.length + 2));
  }
}

/** A known entity as the statements refer to it. */
export function refOf(k: KnownEntity): EntityRef {
  return { id: k.id, type: k.type, name: k.name, known: true, aliases: [...k.aliases], anonymous: k.anonymous };
}
