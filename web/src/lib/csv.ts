/**
 * CSV as RFC 4180 writes it, for spreadsheets as analysts use them:
 * - every field is quoted when it holds a comma, a quote, CR or LF (quotes doubled);
 * - a field that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 *   is prefixed with an apostrophe, the usual guard against CSV injection;
 * - lines end with CRLF; `withBom` puts a UTF-8 byte order mark first so Excel reads umlauts.
 * Pure: no DOM, usable in tests.
 */

const FORMULA = /^[=+\-@\t\r]/;

/** One field, escaped and quoted as needed. `null`/`undefined` become an empty field. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Numbers are data, never formulas, even when negative.
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: the header row, then one line per row. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
  options: { withBom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${options.withBom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/**
 * Parses CSV as written by `toCsv` (and by RFC 4180 in general) back into rows of fields.
 * A leading byte order mark is dropped. The formula guard is not undone.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
