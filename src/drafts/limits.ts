/** Bounds of a draft, checked on every save, so that no save can grow the graph without bound. */
export const DRAFT_LIMITS = Object.freeze({
  /** Characters of the article text: about 5 MB of German or English text. */
  textCharacters: 5_000_000,
  statements: 2_000,
  entities: 2_000,
  /** Characters of a title, a name, an alias, a note, a translation or a URL. */
  shortText: 2_000,
  listItems: 100,
});
