import { AnnotationError } from '../ingest/annotation';
import { Checker, show } from '../ingest/validate/checker';
import { ENTITY_TYPE_INFO, TYPE_OF_PREFIX } from '../vocabulary';
import { DraftArticle, DraftEntity, DraftSpan, DraftStatement } from './model';
import { DRAFT_LIMITS } from './limits';

/** What a save of a draft carries; the resolver builds it from the GraphQL input. */
export interface DraftContent {
  article: DraftArticle;
  entities: DraftEntity[];
  statements: DraftStatement[];
}

/**
 * Checks a draft as it is saved: sizes within DRAFT_LIMITS, every offset inside the text and
 * every span selecting exactly its text, ids well formed, keys and entity ids unique. It does
 * not ask for what review completes (a speaker, what a statement is about): publishing runs the
 * loader's own validation. Throws one AnnotationError listing every problem with its path.
 */
export function checkDraft(content: DraftContent, source: string): void {
  const c = new Checker();
  const text = content.article.text;
  const points = [...text];
  if (points.length === 0 || text.trim() === '') c.problem('article.text', 'is empty; paste or upload the article.');
  if (points.length > DRAFT_LIMITS.textCharacters) {
    c.problem('article.text', `has ${points.length} characters; at most ${DRAFT_LIMITS.textCharacters} are accepted (about 5 MB).`);
  }
  checkArticle(c, content.article);
  if (content.entities.length > DRAFT_LIMITS.entities) c.problem('entities', `has ${content.entities.length} entries; at most ${DRAFT_LIMITS.entities}.`);
  if (content.statements.length > DRAFT_LIMITS.statements)
    c.problem('statements', `has ${content.statements.length} entries; at most ${DRAFT_LIMITS.statements}.`);
  const ids = new Set<string>();
  content.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    c.id(e.id, `${at}.id`);
    if (TYPE_OF_PREFIX[e.id.split(':')[0]] !== e.type)
      c.problem(`${at}.id`, `${show(e.id)} must start with "${ENTITY_TYPE_INFO[e.type]?.prefix}:" for a ${e.type}.`);
    if (ids.has(e.id)) c.problem(`${at}.id`, `duplicate id "${e.id}".`);
    ids.add(e.id);
    short(c, e.name, `${at}.name`, true);
    if (e.aliases.length > DRAFT_LIMITS.listItems) c.problem(`${at}.aliases`, `has ${e.aliases.length} entries; at most ${DRAFT_LIMITS.listItems}.`);
    e.aliases.forEach((a, j) => short(c, a, `${at}.aliases[${j}]`, true));
  });
  const keys = new Set<string>();
  content.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    if (keys.has(s.key)) c.problem(`${at}.key`, `duplicate key "${s.key}".`);
    keys.add(s.key);
    checkStatement(c, s, at, points);
  });
  if (c.problems.length > 0) throw new AnnotationError(source, c.problems);
}

function checkArticle(c: Checker, a: DraftArticle): void {
  c.id(a.id, 'article.id', 'article');
  short(c, a.title, 'article.title', true);
  c.pattern(a.language, 'article.language', /^[a-z]{2}$/, 'an ISO 639-1 code such as "de"', true);
  if (a.url !== null) short(c, a.url, 'article.url', true);
  if (a.url !== null && !/^https?:\/\/\S+$/.test(a.url)) c.problem('article.url', `${show(a.url)} is not an http or https address.`);
  if (a.publishedAt !== null) c.date(a.publishedAt, 'article.publishedAt');
  if (a.source !== null) c.id(a.source, 'article.source', 'org');
}

function checkStatement(c: Checker, s: DraftStatement, at: string, points: string[]): void {
  c.pattern(s.key, `${at}.key`, /^[a-z0-9-]{1,40}$/, 'a key of lower-case letters, digits and hyphens', true);
  if (s.statementId !== null) c.id(s.statementId, `${at}.statementId`, 'statement');
  span(c, { start: s.start, end: s.end, text: s.text }, at, points, 'text');
  if (s.excerptStart > s.start || s.excerptEnd < s.end) {
    c.problem(`${at}.excerptStart`, `the evidence ${s.excerptStart}-${s.excerptEnd} does not contain the statement's text at ${s.start}-${s.end}.`);
  } else if (s.excerptStart < 0 || s.excerptEnd > points.length) {
    c.problem(`${at}.excerptEnd`, `the evidence ${s.excerptStart}-${s.excerptEnd} is not a span of the article, which has ${points.length} characters.`);
  }
  if (s.speakerMention) span(c, s.speakerMention, `${at}.speakerMention`, points, 'text');
  if (s.cue) span(c, s.cue, `${at}.cue`, points, 'text');
  for (const [field, id] of [
    ['speaker', s.speaker],
    ['reportedBy', s.reportedBy],
    ['event', s.event],
  ] as const) {
    if (id !== null) c.id(id, `${at}.${field}`);
  }
  if (s.about.length > DRAFT_LIMITS.listItems) c.problem(`${at}.about`, `has ${s.about.length} entries; at most ${DRAFT_LIMITS.listItems}.`);
  s.about.forEach((id, j) => c.id(id, `${at}.about[${j}]`));
  if (s.stances.length > DRAFT_LIMITS.listItems) c.problem(`${at}.stances`, `has ${s.stances.length} entries; at most ${DRAFT_LIMITS.listItems}.`);
  s.stances.forEach((st, j) => c.id(st.topic, `${at}.stances[${j}].topic`, 'topic'));
  if (s.confidence !== null) c.fraction(s.confidence, `${at}.confidence`);
  if (s.extractor !== null) short(c, s.extractor, `${at}.extractor`, true);
  if (s.translation !== null) short(c, s.translation, `${at}.translation`, true);
  if (s.date !== null) c.date(s.date, `${at}.date`);
  if (s.notes.length > DRAFT_LIMITS.listItems) c.problem(`${at}.notes`, `has ${s.notes.length} entries; at most ${DRAFT_LIMITS.listItems}.`);
  s.notes.forEach((n, j) => short(c, n, `${at}.notes[${j}]`, true));
}

/** A span with offsets inside the text that selects exactly its text. */
function span(c: Checker, sp: DraftSpan, at: string, points: string[], field: string): void {
  if (!Number.isSafeInteger(sp.start) || !Number.isSafeInteger(sp.end) || sp.start < 0 || sp.end <= sp.start || sp.end > points.length) {
    c.problem(`${at}.start`, `the offsets ${sp.start}-${sp.end} are not a span of the article, which has ${points.length} characters.`);
    return;
  }
  const there = points.slice(sp.start, sp.end).join('');
  if (there !== sp.text) c.problem(`${at}.${field}`, `${show(sp.text)} is not the text at ${sp.start}-${sp.end}, which is ${show(there)}.`);
}

function short(c: Checker, value: string, at: string, required: boolean): void {
  c.string(value, at, required, DRAFT_LIMITS.shortText);
}
