import { Page, pageOf } from '../common/pagination';
import { StatementRow } from '../common/rows';
import { Context } from '../context';
import { StatementScope } from './list';
import { StatementListArgs, statementCursor, statementListQuery } from './statement.args';
import { statementCountLoader, statementPageLoader } from './statement.loader';

/**
 * A page of the statements tied to `key` by `scope` (or of all statements at the root: scope null,
 * key ''). Parents asking with the same arguments share one query. `totalCount` comes with the page
 * when the page query reads it for free (the fast paths); otherwise it adds one more query, shared
 * the same way, and only when asked for.
 */
export async function statementConnection(ctx: Context, args: StatementListArgs, scope: StatementScope | null, key: string): Promise<Page<StatementRow>> {
  const q = statementListQuery(args, scope);
  const { rows, total } = await statementPageLoader(ctx.db, ctx.loaders.args, q, ctx.loaders.primeStatement).load(key);
  return pageOf(
    rows,
    q,
    (r) => r.statement,
    (r) => statementCursor(q.order, r.key),
    () => (total !== null ? Promise.resolve(total) : statementCountLoader(ctx.db, ctx.loaders.args, q).load(key)),
  );
}
