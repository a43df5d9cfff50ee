import { Annotation, AnnotationError, EntityAnnotation, EntityReference } from '../annotation';
import { Checker, Json } from './checker';
import { checkReferences } from './references';
import { readArticle, readEntity, readRelation, readStatement } from './shapes';

export { MAX_ID_LENGTH, MAX_NAME_LENGTH } from './checker';

/**
 * Validates an untrusted annotation (parsed YAML or JSON) whose article text is `text`.
 * Collects every problem, each with its path (`statements[12].speaker`), and throws one
 * AnnotationError listing them all; returns the typed annotation when there is none. Never
 * throws anything else, whatever `raw` holds.
 */
export function validateAnnotation(raw: Json, text: string | undefined, source: string): Annotation {
  const c = new Checker();
  const root = c.object(raw, '');
  const article = readArticle(c, root?.article, 'article', text);
  const entities: EntityAnnotation[] = [];
  const references: EntityReference[] = [];
  c.list(root?.entities, 'entities', true).forEach((e, i) => {
    const read = readEntity(c, e, `entities[${i}]`);
    if ('entity' in read) entities.push(read.entity);
    else references.push(read.reference);
  });
  const relations = c.list(root?.relations, 'relations', false).map((r, i) => readRelation(c, r, `relations[${i}]`));
  const statements = c.list(root?.statements, 'statements', true).map((s, i) => readStatement(c, s, `statements[${i}]`));
  if (root) c.noUnknown(root, '', ['article', 'entities', 'relations', 'statements']);

  const annotation: Annotation = { article, entities, references, relations, statements };
  if (c.problems.length === 0) checkReferences(annotation, c);
  if (c.problems.length > 0) throw new AnnotationError(source, c.problems);
  return annotation;
}
