import path from 'node:path';

import { locate } from '../../../ingest/evidence';
import { readAnnotationFile } from '../../../ingest/read';
import { Language, Span } from '../../model';
import { GoldReader, GoldStatement } from '../gold';

/**
 * The project's own annotation files as gold: their DIRECT_QUOTE and INDIRECT_SPEECH statements
 * (ASSESSMENT is the author's appraisal, which the extractor does not propose). The content is
 * the statement's `text` where it stands inside its `excerpt`; the source is where the excerpt
 * names the speaker (the longest of its name and aliases found there), and the speaker's id,
 * which the entity the predicted speaker resolves to may match instead.
 */
export const annotationReader: GoldReader = {
  name: 'annotation',
  accepts: (file) => /\.(ya?ml)$/.test(file),
  read(file) {
    const a = readAnnotationFile(file);
    const text = a.article.text;
    const names = new Map(a.entities.map((e) => [e.id, [e.name, ...e.aliases].sort((x, y) => y.length - x.length)]));
    const statements: GoldStatement[] = [];
    for (const s of a.statements) {
      if (s.mode === 'ASSESSMENT') continue;
      // An excerpt given with its offsets (a draft, an export) is placed by them.
      const excerpt = s.start !== undefined && s.end !== undefined ? { start: s.start, end: s.end } : locate(text, s.excerpt);
      if (typeof excerpt === 'string') continue;
      const at = s.excerpt.indexOf(s.text);
      const start = excerpt.start + [...s.excerpt.slice(0, at)].length;
      const content: Span = { start, end: start + [...s.text].length };
      const source = findName(s.excerpt, excerpt.start, names.get(s.speaker ?? '') ?? [], content);
      statements.push({
        content: [content],
        mode: s.mode,
        label: s.mode,
        accepts: [s.mode],
        source: source ? [source] : [],
        sourceEntity: s.speaker,
        attribution: s.attribution,
      });
    }
    return [{ id: path.basename(file).replace(/\.ya?ml$/, ''), text, language: a.article.language as Language, statements }];
  },
};

function findName(excerpt: string, offset: number, names: string[], content: Span): Span | null {
  for (const name of names) {
    let from = 0;
    for (;;) {
      const at = excerpt.indexOf(name, from);
      if (at < 0) break;
      const start = offset + [...excerpt.slice(0, at)].length;
      const span = { start, end: start + [...name].length };
      // A name inside the quoted words is not where the speaker is named.
      if (span.end <= content.start || span.start >= content.end) return span;
      from = at + 1;
    }
  }
  return null;
}
