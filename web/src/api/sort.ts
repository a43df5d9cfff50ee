/**
 * Sort orders of the statements table, mapped onto the API's `orderBy` argument.
 * The empty key is the API's default, READING_ORDER: by article, then position in the article.
 */
export interface SortOption {
  key: string;
  label: string;
}

export const SORTS: readonly SortOption[] = [
  { key: '', label: 'Reading order' },
  { key: 'DATE_DESC', label: 'Newest first (undated last)' },
  { key: 'DATE_ASC', label: 'Oldest first (undated last)' },
];

/** The variables to add to a `statements` query for `key`. */
export function sortArgument(key: string | undefined): Record<string, unknown> {
  return { orderBy: key && SORTS.some((s) => s.key === key) ? key : 'READING_ORDER' };
}
