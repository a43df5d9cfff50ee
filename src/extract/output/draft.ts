import YAML from 'yaml';

import { Linked } from '../linking/link';
import { slugOf } from '../../vocabulary';
import { EXTRACTOR } from '../model';
import { SourceText } from '../text/source-text';

export interface DraftInput {
  /** File name of the article the draft is for, for the header and the article id. */
  name: string;
  /** Path of the article text relative to the draft file. */
  file: string;
  title: string;
  result: Linked;
  /** Date for the header, `YYYY-MM-DD`. */
  date: string;
}

/** `article:<slug>` from a file name without its extensions: `trump-tomahawk.de.txt` → `trump-tomahawk-de`. */
export function articleSlug(fileName: string): string {
  return slugOf(fileName.replace(/\.(txt|html?)$/i, '')) || 'article';
}

/**
 * A draft annotation in the loader's format with the additions of docs/extraction.md: every
 * statement AUTOMATIC with a confidence, its excerpt's offsets, its speaker mention and cue.
 * Known entities appear with only their id; proposed ones with type, name and aliases. Strings
 * are double-quoted so that excerpts stay exact. No translation is written.
 */
export function toDraft(input: DraftInput): string {
  const { result } = input;
  const slug = articleSlug(input.name);
  const source = new SourceText(result.text);
  const referenced = new Set<string>();
  const statements = result.statements.map((s, i) => {
    const entry: Record<string, unknown> = { id: `statement:${slug}-${String(i + 1).padStart(2, '0')}` };
    if (s.speaker?.entity) {
      entry.speaker = s.speaker.entity.id;
      referenced.add(s.speaker.entity.id);
    }
    entry.text = s.text;
    entry.mode = s.mode;
    entry.attribution = s.attribution;
    if (s.reportedBy?.entity) {
      entry.reportedBy = s.reportedBy.entity.id;
      referenced.add(s.reportedBy.entity.id);
    }
    entry.about = s.about.map((e) => e.id);
    s.about.forEach((e) => referenced.add(e.id));
    entry.excerpt = source.slice(s.excerpt.start, s.excerpt.end);
    entry.start = s.excerpt.start;
    entry.end = s.excerpt.end;
    if (s.speaker) entry.speakerMention = { start: s.speaker.start, end: s.speaker.end, text: s.speaker.text };
    if (s.cue) entry.cue = { start: s.cue.start, end: s.cue.end, text: s.cue.text };
    entry.provenance = 'AUTOMATIC';
    entry.confidence = s.confidence;
    entry.extractor = EXTRACTOR;
    return entry;
  });
  const entities = result.entities
    .filter((e) => referenced.has(e.id))
    .map((e) =>
      e.known
        ? { id: e.id }
        : {
            id: e.id,
            type: e.type,
            name: e.name,
            ...(e.aliases.length ? { aliases: e.aliases } : {}),
            ...(e.anonymous && e.type === 'Person' ? { anonymous: true } : {}),
          },
    );
  const doc = new YAML.Document({
    article: { id: `article:${slug}`, title: input.title, language: result.language, file: input.file },
    entities,
    statements,
  });
  const body = doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, flowCollectionPadding: false });
  const header = `# Draft proposed by ${EXTRACTOR} from ${input.name} on ${input.date}. Review every statement, then load it with npm run ingest.\n`;
  return header + body;
}
