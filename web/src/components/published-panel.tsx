import type { DraftStatementData, EntityRef, PublicationData } from '../api/types';
import { links } from '../lib/route';
import { EntityChip } from './badges';
import { PublicationRecord } from './publication-record';

interface PublishedProps {
  articleId: string;
  statements: readonly DraftStatementData[];
  names: ReadonlyMap<string, EntityRef>;
  publication?: PublicationData;
}

/** After a publish: where the article's statements now are, the entities they name, and the record of the publish. */
export function PublishedPanel({ articleId, statements, names, publication }: PublishedProps) {
  const accepted = statements.filter((s) => s.decision === 'ACCEPTED');
  const ids = [...new Set(accepted.flatMap((s) => [s.speaker, ...s.about]).filter((id): id is string => !!id))];
  const entities = ids.map((id) => names.get(id)).filter((e): e is EntityRef => !!e);
  return (
    <section class="panel published" aria-labelledby="published-title" data-testid="published">
      <h2 id="published-title">Published</h2>
      <p>
        {accepted.length} statement{accepted.length === 1 ? ' is' : 's are'} in the graph now.{' '}
        <a href={links.statements({ article: articleId })}>See the article’s statements</a> · <a href={links.article(articleId)}>the article’s page</a>
      </p>
      {entities.length > 0 && (
        <p class="chips published-entities">
          <span class="label">Entity pages</span>
          {entities.map((e) => (
            <EntityChip entity={e} />
          ))}
        </p>
      )}
      {publication && <PublicationRecord publication={publication} />}
    </section>
  );
}
