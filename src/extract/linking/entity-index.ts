import { Span, Token } from '../model';
import { KnownEntities, KnownEntity } from './known-entities';
import { nameKey } from './name-key';

interface Entry {
  words: string[];
  entity: KnownEntity;
}

/** Endings a name may carry in running text: German genitive and weak nouns, English possessive. */
const INFLECTIONS = ['s', 'es', 'n', 'en', 'ns'];

/**
 * Finds known entities by any name or alias, in inflected forms too (`Selenskyjs`, `Putins`,
 * `Trump's`): aliases are split into words and indexed by their first word, so a pass over the
 * tokens costs one map look-up per token.
 */
export class EntityIndex {
  private readonly byFirst = new Map<string, Entry[]>();

  constructor(sources: KnownEntities[]) {
    for (const source of sources) {
      for (const entity of source.entities()) {
        for (const alias of new Set([entity.name, ...entity.aliases])) {
          const words = nameKey(alias).split(' ').filter(Boolean);
          if (words.length === 0 || (words.length === 1 && words[0].length < 2)) continue;
          const list = this.byFirst.get(words[0]) ?? [];
          if (!list.some((e) => e.entity.id === entity.id && e.words.join(' ') === words.join(' '))) list.push({ words, entity });
          this.byFirst.set(words[0], list);
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The entity whose alias matches the tokens from `i` on (longest alias first), with its extent. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): { entity: KnownEntity; last: number } | null {
    const first = tokens[i];
    if (!first || first.kind !== 'word') return null;
    const candidates = this.candidates(first.text, true);
    for (const { entry, viaInflection } of candidates) {
      let k = i + 1;
      let ok = true;
      for (let w = 1; w < entry.words.length; w++, k++) {
        while (k < limit && tokens[k].text === '-') k++;
        const t = tokens[k];
        if (!t || k >= limit) {
          ok = false;
          break;
        }
        const key = nameKey(t.text);
        const lastWord = w === entry.words.length - 1;
        if (key !== entry.words[w] && !(lastWord && stripInflection(key).includes(entry.words[w]))) {
          ok = false;
          break;
        }
      }
      if (ok && !(viaInflection && entry.words.length > 1)) return { entity: entry.entity, last: k };
    }
    return null;
  }

  /** The entity a whole name refers to: `Donald Trump`, `Trumps`, or its last word `Trump`. */
  lookupName(name: string): KnownEntity | null {
    const key = nameKey(name);
    for (const { entry } of this.candidates(key.split(' ')[0], true))
      if (entry.words.join(' ') === key || stripInflection(key).includes(entry.words.join(' '))) return entry.entity;
    const words = key.split(' ');
    if (words.length > 1) {
      const lastWord = words[words.length - 1];
      for (const { entry } of this.candidates(lastWord, true)) if (entry.words.length === 1 && entry.entity.type === 'Person') return entry.entity;
    }
    return null;
  }

  // Candidates per word, kept while the index lives: the same words recur in every article.
  private readonly candidateMemo = new Map<string, { entry: Entry; viaInflection: boolean }[]>();

  private candidates(word: string, inflected: boolean): { entry: Entry; viaInflection: boolean }[] {
    const memoKey = inflected ? word : `\u0000${word}`;
    let hit = this.candidateMemo.get(memoKey);
    if (!hit) {
      if (this.candidateMemo.size > 200000) this.candidateMemo.clear();
      hit = this.findCandidates(word, inflected);
      this.candidateMemo.set(memoKey, hit);
    }
    return hit;
  }

  private findCandidates(word: string, inflected: boolean): { entry: Entry; viaInflection: boolean }[] {
    const key = nameKey(word);
    const out = (this.byFirst.get(key) ?? []).map((entry) => ({ entry, viaInflection: false }));
    if (inflected) {
      for (const stem of stripInflection(key).slice(1)) {
        for (const entry of this.byFirst.get(stem) ?? []) if (entry.words.length === 1) out.push({ entry, viaInflection: true });
      }
    }
    return out;
  }

  /** Every known entity named inside a span, in order, each once. */
  entitiesIn(tokens: Token[], span: Span & { first: number; last: number }): KnownEntity[] {
    const out: KnownEntity[] = [];
    for (let i = span.first; i < span.last; i++) {
      const m = this.matchAt(tokens, i, span.last);
      if (!m) continue;
      if (!out.includes(m.entity)) out.push(m.entity);
      i = m.last - 1;
    }
    return out;
  }
}

/** The word itself, then the word without one inflectional ending. */
function stripInflection(key: string): string[] {
  const out = [key];
  if (key.endsWith('s') && key.length > 3) out.push(key.slice(0, -1));
  for (const e of INFLECTIONS) if (key.length > e.length + 3 && key.endsWith(e) && !out.includes(key.slice(0, -e.length))) out.push(key.slice(0, -e.length));
  return out;
}
