import { IngestPlan } from '../plan';
import { EntityWrite, articleRows } from '../write';
import { CsvValue, CsvWriter, NodeRef } from './csv-writer';

/** How many nodes of each kind, and relationships, the rows make: the imported store is checked against it. */
export interface GraphCounts {
  articles: number;
  statements: number;
  entities: number;
  facts: number;
  relationships: number;
}

/**
 * Writes, as importer rows, the graph that the write path's queries (cypher/ingest/) leave after
 * ingesting these plans into an empty graph: the same nodes, labels, properties and
 * relationships, with each query's rule for a missing end. A statement's speaker must be an
 * actor, its event an event and its stance topics topics, or the relationship is not made (the
 * queries' OPTIONAL MATCH and MATCH); a fact of an entity the archive does not describe is not
 * made at all. The caller has checked the plans as one batch and that every entity named by id
 * alone is described somewhere in the archive; `entities` are the plans' entities folded
 * (foldEntities).
 *
 * Each article's rows are made and written in turn (articleRows, as the write path makes them),
 * so that only one article's rows are alive at a time: holding a million statements' rows at once
 * made the garbage collector's work grow faster than the archive.
 */
export function writeGraphRows(plans: IngestPlan[], entities: EntityWrite[], out: CsvWriter, ingestedAt: string): GraphCounts {
  const labels = new Map(entities.map((e) => [e.id, new Set(e.labels)]));
  const entity = (id: string | null | undefined, label?: string): NodeRef | null =>
    id != null && labels.has(id) && (label === undefined || labels.get(id)!.has(label)) ? { space: 'Entity', id } : null;
  const article = (id: string): NodeRef => ({ space: 'Article', id });
  const counts: GraphCounts = { articles: 0, statements: 0, entities: 0, facts: 0, relationships: 0 };
  const link = (type: string, from: NodeRef | null, to: NodeRef | null, props?: Record<string, CsvValue | null>) => {
    if (!from || !to) return;
    out.relationship(type, from, to, props);
    counts.relationships++;
  };

  for (const e of entities) {
    out.node({ space: 'Entity', id: e.id }, ['Entity', ...e.labels], {
      ...(e.props as Record<string, CsvValue | null>),
      date: e.date ? { date: e.date } : null,
    });
    counts.entities++;
  }
  for (const plan of plans) {
    const a = plan.article;
    out.node(article(plan.articleId), ['Article'], {
      title: a.title as string,
      language: a.language as string,
      text: a.text as string,
      url: a.url as string | null,
      publishedAt: a.publishedAt ? { date: a.publishedAt as string } : null,
      notes: a.notes as string[] | null,
      ingestedAt: { datetime: ingestedAt },
    });
    counts.articles++;

    const rows = articleRows(plan);
    for (const l of rows.sourceLinks) link('PUBLISHED_BY', article(l.articleId), entity(l.source));
    for (const m of rows.mentions)
      link('MENTIONS', article(m.articleId), entity(m.entityId), {
        start: m.mention?.start ?? null,
        end: m.mention?.end ?? null,
        excerpt: m.mention?.excerpt ?? null,
      });
    for (const f of rows.facts) {
      const owner = entity(f.entityId as string);
      if (!owner) continue;
      const fact: NodeRef = { space: 'Fact', id: f.id as string };
      const { articleId, entityId: _entity, id: _id, ...props } = f;
      out.node(fact, ['Fact'], { ...(props as Record<string, CsvValue | null>), articleId });
      counts.facts++;
      link('HAS_FACT', owner, fact);
      link('STATED_IN', fact, article(articleId));
    }
    for (const r of rows.relations) {
      link(r.type as string, entity(r.from as string), entity(r.to as string), {
        articleId: r.articleId,
        start: r.start as number | null,
        end: r.end as number | null,
        excerpt: r.excerpt as string | null,
        note: r.note as string | null,
      });
    }
    for (const p of rows.participants) link('PARTICIPATED_IN', entity(p.actor, 'Actor'), entity(p.event, 'Event'), { articleId: p.articleId });
    for (const s of rows.statements) {
      const statement: NodeRef = { space: 'Statement', id: s.id };
      out.node(statement, ['Statement'], { ...(s.props as Record<string, CsvValue | null>), articleId: s.articleId, date: s.date ? { date: s.date } : null });
      counts.statements++;
      link('IN_ARTICLE', statement, article(s.articleId));
      link('SAID', entity(s.speaker, 'Actor'), statement);
      link('REPORTED_BY', statement, entity(s.reportedBy, 'Actor'));
      link('AT_EVENT', statement, entity(s.event, 'Event'));
      for (const target of s.about) link('ABOUT', statement, entity(target));
      for (const st of s.stances) link('TAKES_STANCE', statement, entity(st.topic, 'Topic'), { stance: st.stance });
    }
  }
  return counts;
}

/** Every list value the plans hold, for choosing the array delimiter (labels come from the vocabulary and hold none). */
export function* listValues(plans: IngestPlan[]): Iterable<string> {
  for (const plan of plans) {
    yield* (plan.article.notes as string[] | null) ?? [];
    for (const e of plan.entities) for (const value of Object.values(e.props)) if (Array.isArray(value)) yield* value as string[];
    for (const s of plan.statements) yield* (s.props.notes as string[] | null) ?? [];
  }
}
