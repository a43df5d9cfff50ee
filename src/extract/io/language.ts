import { Language } from '../model';

/**
 * Frequent function words of German and English, written from general knowledge. A text is the
 * language whose words make up clearly more of its first 3,000 words; otherwise it is unknown.
 */
const MARKERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch als es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in is that for it as was with on be by at this are from his an have not they which or has but were had their been its he she who would will said there more than also after when about into'.split(
      ' ',
    ),
  ),
};
const MIN_HITS = 5;
const MARGIN = 1.5;

/** The language of a text, or null when it is neither clearly German nor clearly English. */
export function detectLanguage(text: string): Language | null {
  const words =
    text
      .slice(0, 30000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const hits: Record<Language, number> = { de: 0, en: 0 };
  for (const w of words.slice(0, 3000)) for (const lang of ['de', 'en'] as Language[]) if (MARKERS[lang].has(w)) hits[lang]++;
  if (hits.de < MIN_HITS && hits.en < MIN_HITS) return null;
  if (hits.de >= hits.en * MARGIN) return 'de';
  if (hits.en >= hits.de * MARGIN) return 'en';
  return null;
}
