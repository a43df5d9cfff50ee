import { Context } from '../context';
import { pageOf } from '../common/pagination';
import { StatementListArgs, statementCursor, statementListQuery } from './statement.args';
import { statementCountLoader, statementPageLoader } from './statement.loader';
import { StatementScope } from './list';
import { Statement, StatementConnection } from './statement.type';

/**
 * A page of the statements tied to `key` by `scope` (or of all statements at the root: scope null,
 * key ''). Parents asking with the same arguments share one query. `totalCount` comes with the page
 * when the page query reads it for free (the fast paths); otherwise it adds one more query, shared
 * the same way, and only when asked for.
 */
export async function statementConnection(ctx: Context, args: StatementListArgs, scope: StatementScope | null, key: string): Promise<StatementConnection> {
  const q = statementListQuery(args, scope);
  const { rows, total } = await statementPageLoader(ctx.db, ctx.loaders.args, q, ctx.loaders.primeStatement).load(key);
  const page = pageOf(rows, q.first, (r) => r.statement as unknown as Statement, (r) => statementCursor(q.order, r.key));
  return { ...page, count: () => (total !== null ? Promise.resolve(total) : statementCountLoader(ctx.db, ctx.loaders.args, q).load(key)) };
}
