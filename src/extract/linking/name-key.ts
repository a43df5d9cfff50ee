/** A key for comparing names: lower case, accents kept, apostrophes and hyphens as spaces. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}
