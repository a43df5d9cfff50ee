import type { Context } from '../context';
import type { Publication } from './publication.type';

/**
 * One structured log line per write through the API (`"audit":"write"`): who by the API key's
 * name, how (PUBLISH or INGEST), which article, how many statements and which provenances, and
 * the Publication record that keeps the same facts in the graph (listed by `publications`).
 * Written after the transaction has committed, so every line is a write that happened.
 */
export function auditWrite(ctx: Pick<Context, 'log' | 'requestId'>, publication: Publication): void {
  ctx.log?.info(
    {
      audit: 'write',
      requestId: ctx.requestId,
      by: publication.by,
      via: publication.via,
      articleId: publication.articleId,
      draftId: publication.draftId,
      publicationId: publication.id,
      statements: publication.statements,
      provenance: publication.provenance,
      added: publication.addedStatements.length,
      removed: publication.removedStatements.length,
      changed: publication.changedStatements.length,
    },
    `${publication.by} wrote ${publication.articleId} (${publication.via}): ${publication.statements} statements.`,
  );
}
