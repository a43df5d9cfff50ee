import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { BadInputError } from '../../errors';
import { AnnotationError } from '../../ingest/annotation';
import { parseYaml } from '../../ingest/read';
import { validateAnnotation } from '../../ingest/validate';
import { requireRole } from '../../server/auth';
import { Context } from '../context';
import { auditWrite } from '../draft/audit';
import { draftService } from '../draft/draft.service';
import { publicationOf } from '../draft/publication.type';
import { IngestArticleInput } from './ingest.input';
import { IngestResult } from './ingest.type';

@Resolver()
export class IngestResolver {
  /**
   * Writes one article, validated exactly as the CLI loader validates a file. Needs the
   * `editor` role. Any problem writes nothing and is reported with its path.
   */
  @Mutation(() => IngestResult, {
    description:
      'Writes one article and its annotation all-or-nothing (needs an API key with the "editor" role). Re-ingesting is idempotent; a changed annotation replaces that article\'s statements and leaves other articles untouched. Problems are reported as BAD_USER_INPUT with `extensions.problems` ({ path, message }).',
  })
  async ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: Context): Promise<IngestResult> {
    requireRole(ctx.principal, 'editor');
    try {
      const raw = parseYaml(input.annotation, 'input.annotation');
      const article = (raw as { article?: Record<string, unknown> } | null)?.article;
      if (article && typeof article === 'object' && 'file' in article) {
        throw new AnnotationError('input.annotation', [{ path: 'article.file', message: 'is not accepted here: the text comes in `input.text`.' }]);
      }
      const annotation = validateAnnotation(raw, input.text, 'input.annotation');
      const { publication, written } = await draftService.ingest(ctx.db, annotation, ctx.principal.name ?? 'editor');
      const record = publicationOf(publication);
      auditWrite(ctx, record);
      const { entities, relations, facts, statements } = written;
      return { articleId: annotation.article.id, entities, relations, facts, statements, publication: record };
    } catch (error) {
      if (error instanceof AnnotationError) {
        throw new BadInputError(
          `The annotation has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written. ${error.problems
            .slice(0, 5)
            .map((p) => `${p.path}: ${p.message}`)
            .join(' ')}`,
          { problems: error.problems },
        );
      }
      throw error;
    }
  }
}
