import { Attribution, Cue, Mention } from '../model';
import { Analysed } from './document';
import { speakerOfCue } from './speakers';
import { Found } from './statements';

export interface Attributed extends Found {
  attribution: Attribution;
  reportedBy: Mention | null;
}

/**
 * How each statement is attributed. REPORTED: the article relays a report (`laut X`, `nach
 * Angaben von X`, `X zufolge`, `according to X`, an impersonal `hieß es`), and `reportedBy` is
 * who relays it; also an anonymous speaker, who is not on record. ALLEGED: the sentence presents
 * the claim as unconfirmed (`soll … gesagt haben`, `angeblich`, `reportedly`). Otherwise ON_RECORD.
 */
export function attribute(doc: Analysed, found: Found[], cues: Cue[]): Attributed[] {
  const sourceBySentence = new Map<number, Cue>();
  for (const c of cues) if (c.kind === 'source' || c.kind === 'postposition') sourceBySentence.set(doc.tokens[c.tokens[0]].sentence, c);
  return found.map((f) => {
    let attribution: Attribution = 'ON_RECORD';
    let reportedBy: Mention | null = null;
    const cueSentence = f.cue ? doc.tokens[f.cue.tokens[0]].sentence : f.sentence;
    const source = f.cue && (f.cue.kind === 'source' || f.cue.kind === 'postposition') ? f.cue : sourceBySentence.get(cueSentence);
    if (source && !f.carried) {
      attribution = 'REPORTED';
      reportedBy = source === f.cue ? f.speaker : speakerOfCue(doc, source);
    } else if (f.cue?.kind === 'impersonal' || f.speaker?.kind === 'anonymous') {
      attribution = 'REPORTED';
    }
    if (isAlleged(doc, cueSentence, f)) attribution = 'ALLEGED';
    // Field by field: a spread of statements of several shapes is a slow copy in V8.
    const { start, end, first, last, mode, cue, speaker, carried, sentence, quote, continues } = f;
    return { start, end, first, last, mode, cue, speaker, carried, sentence, quote, continues, attribution, reportedBy };
  });
}

function isAlleged(doc: Analysed, sentence: number, f: Found): boolean {
  const { tokens, rules } = doc;
  const s = doc.sentences[sentence];
  let hearsay = false;
  for (let k = s.first; k < s.last; k++) {
    if (doc.quoteOf[k] >= 0 || (k >= f.first && k < f.last && f.mode === 'DIRECT_QUOTE')) continue;
    const t = tokens[k];
    if (rules.attribution.alleged.has(t.lower)) return true;
    if (rules.hearsay.has(t.lower)) hearsay = true;
    // `soll … gesagt haben`: the hearsay modal with a perfect infinitive.
    if (hearsay && (t.lower === 'haben' || t.lower === 'sein') && tokens[k - 1]?.kind === 'word' && /^ge|t$|en$/.test(tokens[k - 1].lower)) return true;
  }
  // English `is said to have`, `was quoted as saying`.
  for (let k = s.first; k + 2 < s.last; k++) {
    if (/^(is|are|was|were)$/.test(tokens[k].lower) && tokens[k + 1].lower === 'said' && tokens[k + 2].lower === 'to') return true;
  }
  return false;
}
