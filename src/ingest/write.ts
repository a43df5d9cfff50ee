import { Database } from '../db/database';
import { ENTITY_TYPE_INFO } from '../vocabulary';
import { Annotation, AnnotationError, Problem } from './annotation';
import { IngestPlan, planIngest } from './plan';

/** What one article's ingest wrote. */
export interface IngestResult {
  articleId: string;
  entities: number;
  relations: number;
  facts: number;
  statements: number;
}

/**
 * Queries of another domain that belong in the same transaction as a write (publishing a draft
 * closes it and records the publish): `before` runs before anything is removed, `after` once
 * everything is written. Either may throw to roll the whole write back.
 */
export interface ExtraSteps {
  before?: (run: Run) => Promise<void>;
  after?: (run: Run) => Promise<void>;
}
/** Runs one named query in the write's transaction. */
export type Run = Parameters<Parameters<Database['writeAll']>[0]>[0];

/** How `ingestArticles` writes a batch. */
export interface WriteOptions {
  /**
   * The batch's entities are in the graph already with their final values (`writeEntities`
   * over the whole archive ran first), so the batch does not write them.
   */
  entitiesWritten?: boolean;
}

/** What one call of `ingestArticles` wrote. */
export interface BatchResult {
  articles: number;
  entities: number;
  relations: number;
  facts: number;
  statements: number;
}

/**
 * Writes one validated article all-or-nothing, in a single transaction: a batch of one.
 * What the article contributed before is removed first, so re-ingesting is idempotent and a
 * changed annotation replaces that article's statements without touching other articles.
 */
export async function ingest(db: Database, annotation: Annotation): Promise<IngestResult> {
  const result = await ingestArticles(db, [annotation]);
  return { articleId: annotation.article.id, entities: result.entities, relations: result.relations, facts: result.facts, statements: result.statements };
}

/**
 * The write path: writes validated articles in one transaction, all-or-nothing, with one UNWIND
 * query per step (cypher/ingest/, in the order below). Each article's earlier contribution is
 * removed first; entities shared between articles take the attributes of the last article naming
 * them; statement ids are global. An entity whose stored values already equal the new ones is not
 * written, and new entities are locked in id order, so that concurrent batches neither wait on
 * the popular entities nor deadlock.
 * Throws an AnnotationError, writing nothing, when two articles of the batch, or an article of the
 * batch and one already stored, claim the same statement id.
 */
export async function ingestArticles(db: Database, annotations: Annotation[], steps: ExtraSteps = {}, options: WriteOptions = {}): Promise<BatchResult> {
  const plans = annotations.map(planIngest);
  checkBatch(plans);
  const rows = batchRows(plans);
  // Written beforehand with their values folded over a whole archive (see bulk.ts): a batch
  // writing its own, earlier values would undo that.
  if (options.entitiesWritten) rows.entities = [];
  return db.writeAll(async (run) => {
    await steps.before?.(run);
    const conflicts = await run('ingest/find-foreign-statements', {
      articles: plans.map((p) => ({ articleId: p.articleId, ids: p.statements.map((s) => s.id) })),
    });
    if (conflicts.length > 0) throw conflictError(plans, conflicts as { id: string; articleId: string; claimedBy: string }[]);
    if (rows.references.length > 0) {
      const missing = await run('ingest/find-missing-entities', { ids: rows.references });
      if (missing.length > 0) throw missingError(annotations, new Set(missing.map((m) => m.id as string)));
    }
    await run('ingest/delete-article-content', { articleIds: plans.map((p) => p.articleId) });
    await run('ingest/merge-articles', { articles: plans.map((p) => p.article) });
    await run('ingest/merge-entities', { entities: rows.entities });
    await run('ingest/link-sources', { links: rows.sourceLinks });
    await run('ingest/merge-mentions', { mentions: rows.mentions });
    await run('ingest/merge-facts', { facts: rows.facts });
    await run('ingest/merge-relations', { relations: rows.relations });
    await run('ingest/merge-participants', { participants: rows.participants });
    await run('ingest/merge-statements', { statements: rows.statements });
    await steps.after?.(run);
    return {
      articles: plans.length,
      entities: rows.entities.length,
      relations: annotations.reduce((n, a) => n + a.relations.length, 0),
      facts: rows.facts.length,
      statements: rows.statements.length,
    };
  });
}

/**
 * The statement ids that already belong to another article, each reported at its path: for one
 * article as `statements[i].id` of that article, for several prefixed with the claiming article.
 */
function conflictError(plans: IngestPlan[], conflicts: { id: string; articleId: string; claimedBy: string }[]): AnnotationError {
  const single = plans.length === 1;
  const problems = conflicts.map((c) => {
    const index = plans.find((p) => p.articleId === c.claimedBy)!.statements.findIndex((s) => s.id === c.id);
    return {
      path: `${single ? '' : `${c.claimedBy} `}statements[${index}].id`,
      message: `"${c.id}" already belongs to article "${c.articleId}"; statement ids are global.`,
    };
  });
  return new AnnotationError(single ? plans[0].articleId : 'batch', problems);
}

/** The entities named by id alone that are not in the graph, each at its path. */
export function missingError(annotations: Annotation[], missing: Set<string>): AnnotationError {
  const problems = annotations.flatMap((a) =>
    a.references
      .filter((r) => missing.has(r.id))
      .map((r) => ({
        path: `${annotations.length === 1 ? '' : `${a.article.id} `}${r.path}.id`,
        message: `"${r.id}" is named by id alone, but the graph has no such entity; describe it here (name, aliases) or load the annotation that does first.`,
      })),
  );
  return new AnnotationError(annotations.length === 1 ? annotations[0].article.id : 'batch', problems);
}

/** Ids unique across the batch: an article once, a statement id in one article only. */
export function checkBatch(plans: IngestPlan[]): void {
  const problems: Problem[] = [];
  const articles = new Set<string>();
  const statements = new Map<string, string>();
  for (const plan of plans) {
    if (articles.has(plan.articleId)) problems.push({ path: plan.articleId, message: 'occurs twice in the batch.' });
    articles.add(plan.articleId);
    for (const s of plan.statements) {
      const owner = statements.get(s.id);
      if (owner !== undefined && owner !== plan.articleId) {
        problems.push({
          path: `${plan.articleId}: statement "${s.id}"`,
          message: `is also claimed by "${owner}" in the same batch; statement ids are global.`,
        });
      }
      statements.set(s.id, plan.articleId);
    }
  }
  if (problems.length > 0) throw new AnnotationError('batch', problems);
}

/** The labels of an entity besides `:Entity`: its type, and `:Actor` for actors. */
function labelsOf(type: keyof typeof ENTITY_TYPE_INFO): string[] {
  return ENTITY_TYPE_INFO[type].actor ? [type, 'Actor'] : [type];
}

/** An entity as ingest/merge-entities writes it. */
export interface EntityWrite {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  date: string | null;
}

/**
 * The entities of these articles, each once, with its properties folded in article order: the
 * same result as `SET e += props` applied article after article. Sorted by id: writers that
 * create the same new entities then lock them in the same order, and wait for each other
 * instead of deadlocking.
 */
export function foldEntities(plans: IngestPlan[]): EntityWrite[] {
  const entities = new Map<string, EntityWrite>();
  for (const plan of plans) {
    for (const e of plan.entities) {
      const seen = entities.get(e.id);
      if (seen) {
        Object.assign(seen.props, e.props);
        seen.date = e.date;
        // `SET e:$(labels)` adds labels and removes none: an entity retyped by a later article keeps both.
        for (const label of labelsOf(e.type)) if (!seen.labels.includes(label)) seen.labels.push(label);
      } else {
        entities.set(e.id, { id: e.id, labels: labelsOf(e.type), props: { ...e.props }, date: e.date });
      }
    }
  }
  return [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Writes entities (foldEntities) in one transaction; an entity whose stored values are equal is left alone. */
export async function writeEntities(db: Database, entities: EntityWrite[]): Promise<void> {
  await db.write('ingest/merge-entities', { entities });
}

/**
 * One article's rows for the write queries (cypher/ingest/), each row carrying its article: what
 * MERGE on each query's key would leave, one row per key, so that the queries can CREATE.
 */
export function articleRows(plan: IngestPlan) {
  const { articleId } = plan;
  const withArticle = <T extends object>(items: T[]) => items.map((item) => ({ articleId, ...item }));
  return {
    // Every publisher is one of its article's entities, so all exist once merge-entities has run.
    sourceLinks: plan.article.source ? [{ articleId, source: plan.article.source as string }] : [],
    mentions: plan.mentions.map((m) => ({ articleId, entityId: m.id, mention: m.mention })),
    facts: withArticle(lastOfEach(plan.facts, (f) => f.id as string)),
    relations: withArticle(lastOfEach(plan.relations, (r) => `${r.type} ${r.from as string} ${r.to as string}`)),
    participants: withArticle(lastOfEach(plan.participants, (x) => `${x.event} ${x.actor}`)),
    statements: withArticle(plan.statements.map((s) => ({ ...s, stances: lastOfEach(s.stances, (st) => st.topic) }))),
  };
}

export type ArticleRows = ReturnType<typeof articleRows>;

/** The entities named by id alone that no article of the batch describes, sorted: they must be in the graph. */
export function unresolvedReferences(plans: IngestPlan[], described: EntityWrite[]): string[] {
  const ids = new Set(described.map((e) => e.id));
  return [...new Set(plans.flatMap((p) => p.references))].filter((id) => !ids.has(id)).sort();
}

/** The per-article plans flattened into one row list per query (articleRows), and the batch's entities folded. */
export function batchRows(plans: IngestPlan[]) {
  const entities = foldEntities(plans);
  const perArticle = plans.map(articleRows);
  const all = <K extends keyof ArticleRows>(key: K) => perArticle.flatMap((rows) => rows[key]) as ArticleRows[K];
  return {
    entities,
    references: unresolvedReferences(plans, entities),
    sourceLinks: all('sourceLinks'),
    mentions: all('mentions'),
    facts: all('facts'),
    relations: all('relations'),
    participants: all('participants'),
    statements: all('statements'),
  };
}

/**
 * One item per key, the last one of each (what MERGE on the key followed by SET would leave),
 * so that the write queries can CREATE instead of MERGE.
 */
function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const last = new Map<string, T>();
  for (const item of items) {
    last.delete(key(item));
    last.set(key(item), item);
  }
  return [...last.values()];
}
