/**
 * The slug of an id: ASCII lower-case words joined by single hyphens, umlauts transliterated
 * (ä→ae, ö→oe, ü→ue, ß→ss) and other accents dropped: `Wolodymyr Selenskyj` →
 * `wolodymyr-selenskyj`, `Jürgen Trittin` → `juergen-trittin`.
 */
export function slugify(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A key for comparing names: lower case, accents kept, apostrophes and hyphens as spaces. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}
