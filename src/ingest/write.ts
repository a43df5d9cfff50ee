import { Database } from '../db/database';
import { Annotation, AnnotationError, Problem } from './annotation';
import { IngestPlan, planIngest } from './plan';

/** What one batch wrote. */
export interface BatchResult {
  articles: number;
  entities: number;
  relations: number;
  facts: number;
  statements: number;
}

/**
 * Writes many validated articles in one transaction, all-or-nothing, with one UNWIND query per
 * step instead of one per step and article: the bulk path for archives and benchmarks.
 * The graph written is the one `ingest()` writes for the same articles in the same order
 * (the queries in `cypher/ingest-batch/` are the batched forms of `cypher/ingest/`): each
 * article's earlier contribution is removed first, entities shared between articles take the
 * attributes of the last article naming them, and statement ids stay global.
 * Throws an AnnotationError, writing nothing, when two articles of the batch, or an article of
 * the batch and one already stored, claim the same statement id.
 */
export async function ingestBatch(db: Database, annotations: Annotation[]): Promise<BatchResult> {
  const plans = annotations.map(planIngest);
  checkBatch(plans);
  const rows = batchRows(plans);
  return db.writeAll(async (run) => {
    const conflicts = await run('ingest-batch/find-foreign-statements', {
      articles: plans.map((p) => ({ articleId: p.articleId, ids: p.statements.map((s) => s.id) })),
    });
    if (conflicts.length > 0) {
      const problems = conflicts.map((c) => ({
        path: `${c.claimedBy as string}: statement "${c.id as string}"`,
        message: `already belongs to article "${c.articleId as string}"; statement ids are global.`,
      }));
      throw new AnnotationError('batch', problems);
    }
    await run('ingest-batch/delete-article-content', { articleIds: plans.map((p) => p.articleId) });
    await run('ingest-batch/merge-articles', { articles: plans.map((p) => p.article) });
    await run('ingest-batch/merge-entities', { entities: rows.entities });
    await run('ingest-batch/link-sources', { links: rows.sourceLinks });
    await run('ingest-batch/merge-mentions', { mentions: rows.mentions });
    await run('ingest-batch/merge-facts', { facts: rows.facts });
    await run('ingest-batch/merge-relations', { relations: rows.relations });
    await run('ingest-batch/merge-participants', { participants: rows.participants });
    await run('ingest-batch/merge-statements', { statements: rows.statements });
    return {
      articles: plans.length,
      entities: rows.entities.length,
      relations: annotations.reduce((n, a) => n + a.relations.length, 0),
      facts: rows.facts.length,
      statements: rows.statements.length,
    };
  });
}

/** Ids unique across the batch: an article once, a statement id in one article only. */
function checkBatch(plans: IngestPlan[]): void {
  const problems: Problem[] = [];
  const articles = new Set<string>();
  const statements = new Map<string, string>();
  for (const plan of plans) {
    if (articles.has(plan.articleId)) problems.push({ path: plan.articleId, message: 'occurs twice in the batch.' });
    articles.add(plan.articleId);
    for (const s of plan.statements) {
      const owner = statements.get(s.id);
      if (owner !== undefined && owner !== plan.articleId) {
        problems.push({ path: `${plan.articleId}: statement "${s.id}"`, message: `is also claimed by "${owner}" in the same batch; statement ids are global.` });
      }
      statements.set(s.id, plan.articleId);
    }
  }
  if (problems.length > 0) throw new AnnotationError('batch', problems);
}

/** The per-article plans flattened into one row list per query, each row carrying its article. */
function batchRows(plans: IngestPlan[]) {
  // An entity named by several articles is written once with its properties folded in article
  // order: the same result as `SET e += props` applied article after article.
  const entities = new Map<string, { id: string; type: string; props: Record<string, unknown>; date: string | null }>();
  for (const plan of plans) {
    for (const e of plan.entities) {
      const seen = entities.get(e.id);
      if (seen) {
        Object.assign(seen.props, e.props);
        seen.date = e.date;
      } else {
        entities.set(e.id, { id: e.id, type: e.type, props: { ...e.props }, date: e.date });
      }
    }
  }
  // Every publisher is one of its article's entities, so all exist once merge-entities has run.
  const sourceLinks = plans
    .filter((plan) => plan.article.source)
    .map((plan) => ({ articleId: plan.articleId, source: plan.article.source as string }));
  const withArticle = <T extends object>(plan: IngestPlan, items: T[]) => items.map((item) => ({ articleId: plan.articleId, ...item }));
  return {
    // Sorted by id: batches in flight together that create the same new entities then lock them
    // in the same order, and wait for each other instead of deadlocking.
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    sourceLinks,
    mentions: plans.flatMap((p) => p.entities.map((e) => ({ articleId: p.articleId, entityId: e.id, mention: e.mention }))),
    facts: plans.flatMap((p) => withArticle(p, lastOfEach(p.facts, (f) => f.id as string))),
    relations: plans.flatMap((p) => withArticle(p, lastOfEach(p.relations, (r) => `${r.type} ${r.from as string} ${r.to as string}`))),
    participants: plans.flatMap((p) => withArticle(p, lastOfEach(p.participants, (x) => `${x.event} ${x.actor}`))),
    statements: plans.flatMap((p) =>
      withArticle(
        p,
        p.statements.map((s) => ({ ...s, stances: lastOfEach(s.stances, (st) => st.topic) })),
      ),
    ),
  };
}

/**
 * One item per key, the last one of each (what MERGE on the key followed by SET would leave),
 * so that the batch queries can CREATE instead of MERGE.
 */
function lastOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const last = new Map<string, T>();
  for (const item of items) {
    last.delete(key(item));
    last.set(key(item), item);
  }
  return [...last.values()];
}
