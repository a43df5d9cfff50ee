import { ArgsType, Field } from 'type-graphql';

import { BadInputError } from '../../errors';
import { PageArgs } from '../common/page.args';
import { checkDateRange } from '../common/dates';
import { ID_KINDS, checkOptionalId } from '../common/ids';
import { keyset, pageSize } from '../common/pagination';
import { StatementFilter } from './statement.input';
import { NO_STATEMENT_FILTER, StatementFilterValues, StatementKey, StatementListQuery, StatementOrderName, StatementScope } from './list';
import { StatementOrder } from './statement.type';

@ArgsType()
export class StatementListArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true, description: 'Narrows the list; see `StatementFilter`.' })
  filter?: StatementFilter | null;

  @Field(() => StatementOrder, { nullable: true, defaultValue: StatementOrder.READING_ORDER, description: 'The order of the list (default: reading order).' })
  orderBy?: StatementOrder | null;
}

/** Checks a statement filter (ids, dates, text) and gives every field a value. */
export function filterValues(filter: StatementFilter | null | undefined, argument = 'filter'): StatementFilterValues {
  if (!filter) return NO_STATEMENT_FILTER;
  const f = filter;
  const at = (field: string) => `${argument}.${field}`;
  if (f.text !== null && f.text !== undefined && f.text.trim() === '') {
    throw new BadInputError(`Argument "${at('text')}" is blank; give words to search for, or leave it out.`, { argument: at('text'), value: f.text });
  }
  checkDateRange(at('from'), f.from, at('to'), f.to);
  // The ids are checked; the other fields are taken as given.
  return {
    speaker: checkOptionalId(at('speaker'), f.speaker, ID_KINDS.actor),
    about: checkOptionalId(at('about'), f.about, ID_KINDS.entity),
    topic: checkOptionalId(at('topic'), f.topic, ID_KINDS.topic),
    reportedBy: checkOptionalId(at('reportedBy'), f.reportedBy, ID_KINDS.actor),
    article: checkOptionalId(at('article'), f.article, ID_KINDS.article),
    event: checkOptionalId(at('event'), f.event, ID_KINDS.event),
    stance: f.stance ?? null,
    mode: f.mode ?? null,
    attribution: f.attribution ?? null,
    provenance: f.provenance ?? null,
    text: f.text ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
}

/** Statement lists sort by (dateKey, speakerKey, articleId, start, id); see list/query.ts StatementKey. */
const STATEMENT_KEYSET = keyset<StatementKey>([
  ['dateKey', 'number'],
  ['speakerKey', 'string'],
  ['articleId', 'string'],
  ['start', 'number'],
  ['id', 'string'],
]);

export function statementCursor(order: StatementOrderName, key: StatementKey): string {
  return STATEMENT_KEYSET.encode(`statements:${order}`, key);
}

/** Turns checked field arguments into the question the statement loaders answer. */
export function statementListQuery(args: StatementListArgs, scope: StatementScope | null): StatementListQuery {
  const order = (args.orderBy ?? StatementOrder.READING_ORDER) as StatementOrderName;
  const first = pageSize('first', args.first);
  const after = STATEMENT_KEYSET.decode('after', args.after, `statements:${order}`);
  return { scope, filter: filterValues(args.filter), order, after, first };
}
