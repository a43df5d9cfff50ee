/**
 * The page sizes of the dashboard's statement lists, in one place so that
 * test/e2e/web-queries.test.ts can check each one against the API's cost limit: a page is one
 * request with every statement's details, so its cost grows with its size.
 */

/** The API's largest page (every connection takes `first` from 1 to 100), and its limit of ids for `nodes`. */
export const MAX_PAGE = 100;

/** A statement feed on an entity page ("Said", "Said about"), per "Show more". */
export const FEED_PAGE = 20;

/** A page of the statements table. */
export const TABLE_PAGE = 25;

/** Every size a statement list is asked for; CSV export, graphs and articles page by MAX_PAGE. */
export const STATEMENT_PAGE_SIZES: readonly number[] = [FEED_PAGE, TABLE_PAGE, MAX_PAGE];
