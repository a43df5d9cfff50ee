import { useState } from 'preact/hooks';

import { ApiError } from '../api/client';
import { fetchAllStatements } from '../api/statements';
import type { StatementData } from '../api/types';
import { toCsv } from '../lib/csv';
import { CSV_HEADER, csvFileName, csvRow } from '../lib/statement-csv';
import { ErrorBox } from './status';

/**
 * "Download CSV": every statement of the current filter and order (all pages, 100 at a time),
 * as RFC 4180 CSV with a BOM so that spreadsheets read the umlauts.
 */
export function CsvButton({ filter, orderBy, total }: { filter: Record<string, string>; orderBy?: string; total?: number }) {
  const [progress, setProgress] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error>();
  const download = async () => {
    setError(undefined);
    setBusy(true);
    setProgress('Preparing the CSV…');
    try {
      const rows = await fetchAllStatements<StatementData>(filter, orderBy, undefined, (done, all) => setProgress(`Fetched ${done} of ${all}…`));
      const csv = toCsv(CSV_HEADER, rows.map(csvRow), { withBom: true });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = csvFileName(filter);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress(`Downloaded ${rows.length} statement${rows.length === 1 ? '' : 's'}.`);
    } catch (e) {
      setProgress(undefined);
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="csv">
      <button type="button" class="button primary" onClick={download} disabled={total === 0 || busy}>
        Download CSV{total ? ` (${total})` : ''}
      </button>
      {progress && (
        <span class="muted" role="status">
          {progress}
        </span>
      )}
      {error && <ErrorBox error={error} retry={download} what="the CSV" />}
    </div>
  );
}
