import neo4j from 'neo4j-driver';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { DraftStatement as Statement, DraftStatus as Status, reviewCounts } from '../../drafts/model';
import { DraftError } from '../../drafts/publish';
import { DRAFT_LIMITS } from '../../drafts/limits';
import { DraftContent } from '../../drafts/validate';
import { BadInputError } from '../../errors';
import { requireRole } from '../../server/auth';
import { EntityType, slugOf } from '../../vocabulary';
import { ArticleRow } from '../common/rows';
import { ID_KINDS, checkId } from '../common/ids';
import { PageArgs } from '../common/page.args';
import { Page, keyset, pageOf, pageSize } from '../common/pagination';
import { Context } from '../context';
import { Article } from '../article/article.type';
import { DraftInput } from './draft.input';
import { DraftRecord, draftRepository } from './draft.repository';
import { draftService, fresh } from './draft.service';
import { Draft, DraftConnection, DraftStatus, DraftViewer, ExtractedDraft } from './draft.type';
import { propose } from './extraction';
import { ArticleReview, Publication, PublicationConnection, PublishResult, publicationOf } from './publication.type';
import { auditWrite } from './audit';

const DRAFT_KEYSET = keyset<{ savedAt: string; id: string }>([
  ['savedAt', 'string'],
  ['id', 'string'],
]);
const PUBLICATION_KEYSET = keyset<{ at: string; id: string }>([
  ['at', 'string'],
  ['id', 'string'],
]);

/** A draft as the API shows it to the editor `asker`. */
function draftView(d: DraftRecord, asker: string | undefined): Draft {
  const counts = reviewCounts(d.statements);
  return {
    id: d.id,
    version: d.version,
    status: d.status,
    articleId: d.article.id,
    title: d.article.title,
    language: d.article.language,
    text: d.hasText ? d.article.text : null,
    url: d.article.url,
    publishedAt: d.article.publishedAt,
    source: d.article.source,
    entities: d.entities.map((e) => ({ ...e, kind: e.kind ?? null })),
    statements: d.statements,
    review: { statements: d.statements.length, reviewed: d.statements.filter((s) => s.decision !== 'PENDING').length, ...counts },
    openBy: fresh(d.presence).filter((p) => p.name !== asker),
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    savedAt: d.savedAt,
    savedBy: d.savedBy,
  } as Draft;
}

/** What a save carries, from its GraphQL input and, for a new draft, a default article id. */
function contentOf(input: DraftInput, text: string): DraftContent {
  return {
    article: {
      id: input.articleId ?? `article:${slugOf(input.title) || 'untitled'}`,
      title: input.title,
      language: input.language,
      text,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      source: input.source ?? null,
    },
    entities: input.entities.map((e) => ({ id: e.id, type: e.type as EntityType, name: e.name, aliases: e.aliases, ...(e.kind ? { kind: e.kind } : {}) })),
    statements: input.statements.map((s): Statement => ({
      key: s.key,
      origin: s.origin,
      decision: s.decision,
      edited: s.edited,
      statementId: s.statementId ?? null,
      start: s.start,
      end: s.end,
      text: s.text,
      excerptStart: s.excerptStart,
      excerptEnd: s.excerptEnd,
      mode: s.mode,
      attribution: s.attribution,
      speaker: s.speaker ?? null,
      speakerMention: s.speakerMention ? { ...s.speakerMention } : null,
      cue: s.cue ? { ...s.cue } : null,
      reportedBy: s.reportedBy ?? null,
      event: s.event ?? null,
      about: [...new Set(s.about)],
      stances: s.stances.map((st) => ({ topic: st.topic, stance: st.stance })),
      provenance: s.provenance ?? null,
      confidence: s.confidence ?? null,
      extractor: s.extractor ?? null,
      date: s.date ?? null,
      translation: s.translation ?? null,
      notes: s.notes,
    })),
  };
}

/** A DraftError as the API reports it: one sentence, and every problem with the statement it concerns. */
function refused<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof DraftError) {
      throw new BadInputError(
        `The draft has ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written. ${error.problems
          .slice(0, 5)
          .map((p) => `${p.path}: ${p.message}`)
          .join(' ')}`,
        { problems: error.problems },
      );
    }
    throw error;
  });
}

function editor(ctx: Context): string {
  requireRole(ctx.principal, 'editor');
  return ctx.principal.name ?? 'editor';
}

@Resolver(() => Draft)
export class DraftResolver {
  /** Which articles are under review? */
  @Query(() => DraftConnection, { description: 'Drafts of one status (open by default), last saved first, without their text. Editors only.' })
  async drafts(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('status', () => DraftStatus, { nullable: true, defaultValue: 'OPEN', description: 'Open (default), published or discarded.' }) status?: Status | null,
  ): Promise<Page<Draft>> {
    const asker = editor(ctx);
    const first = pageSize('first', page.first);
    const tag = `drafts:${status ?? 'OPEN'}`;
    const after = DRAFT_KEYSET.decode('after', page.after, tag);
    const rows = await draftRepository.page(ctx.db, status ?? 'OPEN', after, first);
    return pageOf(
      rows,
      { first, after },
      (d) => draftView(d, asker),
      (d) => DRAFT_KEYSET.encode(tag, { savedAt: d.savedAt, id: d.id }),
      () => draftRepository.count(ctx.db, status ?? 'OPEN'),
    );
  }

  /** What would the extractor propose for this text? */
  @Query(() => ExtractedDraft, {
    description:
      "Runs the statement extractor over an article's text and answers its proposals, linked to the graph's entities, without writing anything. Needs a key only where reads do; bounded by the request's size and time limits.",
  })
  async extractDraft(
    @Arg('text', () => String, { description: "The article's plain text." }) text: string,
    @Ctx() ctx: Context,
    @Arg('language', () => String, { nullable: true, description: '"de" or "en"; detected when left out.' }) language?: string | null,
    @Arg('title', () => String, { nullable: true, description: 'The headline, for the ids of the speakers it proposes.' }) title?: string | null,
  ): Promise<ExtractedDraft> {
    if (text.trim() === '') throw new BadInputError('Argument "text" is empty; paste or upload the article.', { argument: 'text' });
    if ([...text].length > DRAFT_LIMITS.textCharacters) {
      throw new BadInputError(`Argument "text" has more than ${DRAFT_LIMITS.textCharacters} characters; split the article or shorten it.`, {
        argument: 'text',
      });
    }
    const proposals = await propose(ctx.db, text, language ?? null, slugOf(title ?? '') || 'article');
    return { ...proposals, entities: proposals.entities.map((e) => ({ ...e, kind: e.kind ?? null })) };
  }

  /** Where is this review? */
  @Query(() => Draft, { nullable: true, description: 'The draft with this id, with its text; null when there is none. Editors only.' })
  async draft(@Arg('id', () => ID, { description: 'A draft id, such as `draft:3f2a...`.' }) id: string, @Ctx() ctx: Context): Promise<Draft | null> {
    const asker = editor(ctx);
    const found = (await draftRepository.findByIds(ctx.db, [checkId('id', id, ID_KINDS.draft)])).get(id);
    return found ? draftView(found, asker) : null;
  }

  @Mutation(() => Draft, {
    description:
      'Creates a draft (no `id`: `text` is needed) or saves one over the version it was opened at (`id`, `baseVersion`). A save over a newer version is refused with CONFLICT and changes nothing; every offset and span is checked against the text (BAD_USER_INPUT, with `extensions.problems`). Editors only.',
  })
  saveDraft(@Arg('input', () => DraftInput) input: DraftInput, @Ctx() ctx: Context): Promise<Draft> {
    const by = editor(ctx);
    return refused(async () => {
      if (!input.id) {
        if (!input.text) throw new BadInputError('Argument "input.text" is missing: a new draft needs the article\'s text.', { argument: 'input.text' });
        return draftView(await draftService.create(ctx.db, contentOf(input, input.text), by), by);
      }
      const id = checkId('input.id', input.id, ID_KINDS.draft);
      if (input.baseVersion === null || input.baseVersion === undefined) {
        throw new BadInputError('Argument "input.baseVersion" is missing: say which version of the draft you saved over.', { argument: 'input.baseVersion' });
      }
      const current = (await draftRepository.findByIds(ctx.db, [id])).get(id);
      const content = contentOf({ ...input, articleId: input.articleId ?? current?.article.id }, input.text ?? current?.article.text ?? '');
      return draftView(await draftService.save(ctx.db, id, input.baseVersion, content, by), by);
    });
  }

  @Mutation(() => PublishResult, {
    description:
      "Publishes a draft: its accepted statements replace the article's, all-or-nothing, after the same validation as `npm run ingest`; proposals become REVIEWED, statements a person added CURATED, rejected ones are left out. Records who published and what changed. Refused, writing nothing, when a statement is still pending or invalid (BAD_USER_INPUT, each problem naming its statement) or when the draft changed since `baseVersion` (CONFLICT). Editors only.",
  })
  publishDraft(
    @Arg('id', () => ID, { description: 'The draft to publish.' }) id: string,
    @Arg('baseVersion', () => Int, { description: 'The version the editor reviewed.' }) baseVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PublishResult> {
    const by = editor(ctx);
    return refused(async () => {
      const outcome = await draftService.publish(ctx.db, checkId('id', id, ID_KINDS.draft), baseVersion, by);
      const publication = publicationOf(outcome.publication);
      auditWrite(ctx, publication);
      return { draft: draftView(outcome.draft, by), articleId: outcome.articleId, publication };
    });
  }

  @Mutation(() => Draft, { description: 'Gives up a draft at the version it was opened at; nothing of it is published. Editors only.' })
  async discardDraft(
    @Arg('id', () => ID, { description: 'The draft to give up.' }) id: string,
    @Arg('baseVersion', () => Int, { description: 'The version the editor opened.' }) baseVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    const by = editor(ctx);
    return draftView(await draftService.discard(ctx.db, checkId('id', id, ID_KINDS.draft), baseVersion, by), by);
  }

  @Mutation(() => Draft, {
    description: 'Makes a draft of a published article, to correct it and publish it again: its statements as they are, accepted. Editors only.',
  })
  reopenArticle(@Arg('articleId', () => ID, { description: 'The published article to correct.' }) articleId: string, @Ctx() ctx: Context): Promise<Draft> {
    const by = editor(ctx);
    return refused(async () => draftView(await draftService.reopen(ctx.db, checkId('articleId', articleId, ID_KINDS.article), by), by));
  }

  @Mutation(() => [DraftViewer], {
    description: 'Says that the caller has the draft open (send it every 20 s while it is); answers the other editors who have it open. Editors only.',
  })
  touchDraft(@Arg('id', () => ID, { description: 'The draft the caller has open.' }) id: string, @Ctx() ctx: Context): Promise<DraftViewer[]> {
    const by = editor(ctx);
    return draftService.touch(ctx.db, checkId('id', id, ID_KINDS.draft), by);
  }

  /** Who published what, when? */
  @Query(() => PublicationConnection, {
    description: 'Writes of articles through the API (publishes of drafts and `ingestArticle`s), newest first: of one article, or of all. Editors only.',
  })
  async publications(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('article', () => ID, { nullable: true, description: 'Only the publishes of this article.' }) article?: string | null,
  ): Promise<Page<Publication>> {
    editor(ctx);
    return publicationPage(ctx, page, article ? checkId('article', article, ID_KINDS.article) : '');
  }
}

/** A page of publishes of one article ('' for all). */
async function publicationPage(ctx: Context, page: PageArgs, articleId: string): Promise<Page<Publication>> {
  const first = pageSize('first', page.first);
  const tag = `publications:${articleId}`;
  const after = PUBLICATION_KEYSET.decode('after', page.after, tag);
  const rows = await ctx.db.read('publication/page-publications', { articleId, after, limit: neo4j.int(first + 1) });
  return pageOf(
    rows.map((r) => publicationOf(r.publication as Record<string, unknown>)),
    { first, after },
    (p) => p,
    (p) => PUBLICATION_KEYSET.encode(tag, { at: p.at, id: p.id }),
    async () => (await ctx.db.read('publication/count-publications', { articleId }))[0].total as number,
  );
}

@Resolver(() => Article)
export class ArticleReviewResolver {
  /** What did the review of its proposals decide? */
  @FieldResolver(() => ArticleReview, {
    nullable: true,
    description: "What the review of the extractor's proposals for this article decided; null when it had none.",
  })
  review(@Root() a: ArticleRow & Record<string, unknown>): ArticleReview | null {
    if (a.reviewProposed === null || a.reviewProposed === undefined) return null;
    return {
      proposed: a.reviewProposed,
      accepted: a.reviewAccepted,
      edited: a.reviewEdited,
      rejected: a.reviewRejected,
      added: a.reviewAdded,
    } as ArticleReview;
  }

  /** Who published it, when, and what changed? */
  @FieldResolver(() => PublicationConnection, { description: 'The publishes of this article from drafts, newest first. Editors only.' })
  publications(@Root() a: ArticleRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Publication>> {
    editor(ctx);
    return publicationPage(ctx, page, a.id);
  }
}
