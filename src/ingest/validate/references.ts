import { ACTOR_TYPES, ENTITY_TYPES, EntityType, RELATION_TYPE_INFO, isRelationType } from '../../vocabulary';
import { Annotation, TextSpan } from '../annotation';
import { locate } from '../evidence';
import { Checker, orList, show } from './checker';

/**
 * Cross-references of a well-formed annotation: ids unique, every reference known and of the
 * right type, each excerpt found once (or exactly where its offsets say), every span exact.
 */
export function checkReferences(a: Annotation, c: Checker): void {
  const types = new Map<string, EntityType>();
  const declare = (id: string, type: EntityType, path: string) => {
    if (types.has(id)) c.problem(`${path}.id`, `duplicate id "${id}".`);
    types.set(id, type);
  };
  a.entities.forEach((e, i) => declare(e.id, e.type, `entities[${i}]`));
  a.references.forEach((r) => declare(r.id, r.type, r.path));
  const statementIds = new Set<string>();
  a.statements.forEach((s, i) => {
    if (statementIds.has(s.id)) c.problem(`statements[${i}].id`, `duplicate id "${s.id}".`);
    statementIds.add(s.id);
  });

  const ref = (id: string | undefined, path: string, allowed: readonly EntityType[], what: string) => {
    if (id === undefined) return;
    const type = types.get(id);
    if (!type) c.problem(path, `unknown entity ${show(id)}.`);
    else if (!allowed.includes(type)) c.problem(path, `${show(id)} is a ${type}, but ${what} must be ${orList(allowed)}.`);
  };
  const spans = new Spans(a.article.text, c);

  ref(a.article.source, 'article.source', ['Organization'], 'the source');
  a.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    ref(e.manufacturer, `${at}.manufacturer`, ['Organization'], 'a manufacturer');
    e.participants?.forEach((p, j) => ref(p, `${at}.participants[${j}]`, ACTOR_TYPES, 'a participant'));
    spans.excerpt(e.excerpt, `${at}.excerpt`);
    e.facts.forEach((f, j) => spans.excerpt(f.excerpt, `${at}.facts[${j}].excerpt`));
  });
  a.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    const rule = isRelationType(r.type) ? RELATION_TYPE_INFO[r.type] : { from: ENTITY_TYPES, to: ENTITY_TYPES };
    ref(r.from, `${at}.from`, rule.from, `the "from" of ${r.type}`);
    ref(r.to, `${at}.to`, rule.to, `the "to" of ${r.type}`);
    if (r.from === r.to) c.problem(`${at}.to`, `a relation cannot link "${r.from}" to itself.`);
    spans.excerpt(r.excerpt, `${at}.excerpt`);
  });
  a.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    ref(s.speaker, `${at}.speaker`, ACTOR_TYPES, 'a speaker');
    ref(s.reportedBy, `${at}.reportedBy`, ACTOR_TYPES, 'a reporter');
    ref(s.event, `${at}.event`, ['Event'], 'an event');
    s.about.forEach((id, j) => ref(id, `${at}.about[${j}]`, ENTITY_TYPES, 'a target'));
    s.stances.forEach((st, j) => ref(st.topic, `${at}.stances[${j}].topic`, ['Topic'], 'a stance topic'));
    if (s.start === undefined || s.end === undefined) spans.excerpt(s.excerpt, `${at}.excerpt`);
    else spans.at({ start: s.start, end: s.end, text: s.excerpt }, at, 'excerpt');
    if (s.speakerMention) spans.at(s.speakerMention, `${at}.speakerMention`, 'text');
    if (s.cue) spans.at(s.cue, `${at}.cue`, 'text');
    if (!s.excerpt.includes(s.text)) c.problem(`${at}.text`, `the text "${s.text.slice(0, 60)}" is not part of its excerpt; quote it verbatim.`);
  });
}

/** Checks spans against the article text, in code points (the text is split into them once). */
class Spans {
  private points: string[] | undefined;

  constructor(
    private readonly text: string,
    private readonly c: Checker,
  ) {}

  /** An excerpt without offsets: it must occur exactly once. */
  excerpt(excerpt: string | undefined, path: string): void {
    if (excerpt === undefined) return;
    const found = locate(this.text, excerpt);
    if (typeof found === 'string') this.c.problem(path, found);
  }

  /** A span with offsets: in the text, and selecting exactly its text (`field` names the text's field). */
  at(span: TextSpan, path: string, field: string): void {
    this.points ??= [...this.text];
    const length = this.points.length;
    if (span.end > length || span.start >= span.end) {
      this.c.problem(`${path}.end`, `the offsets ${span.start}-${span.end} are not a span of the article, which has ${length} code points.`);
      return;
    }
    const there = this.points.slice(span.start, span.end).join('');
    if (there !== span.text) {
      this.c.problem(
        `${path}.${field}`,
        `${show(span.text)} is not the text at code points ${span.start}-${span.end}, which is ${show(there)}; copy it from the article.`,
      );
    }
  }
}
