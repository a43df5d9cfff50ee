import { Linked } from '../linking/link';
import { EXTRACTOR, Mention, EntityRef, Statement } from '../model';

/**
 * The `<name>.extract.json` contract (docs/extraction.md): offsets are code points into the text
 * as read; `start`/`end` delimit the content; `speaker` is the attributed mention and what it
 * resolves to, or null. `continues` (an index into `statements`) links the second part of an
 * interrupted quote to the first.
 */
export function toJson(file: string, result: Linked): object {
  const mention = (m: (Mention & { entity?: EntityRef }) | null) =>
    m ? { start: m.start, end: m.end, mention: m.text, name: m.entity?.name ?? m.name?.text ?? m.text, entityId: m.entity?.id ?? null } : null;
  return {
    file,
    language: result.language,
    extractor: EXTRACTOR,
    statements: result.statements.map((s: Statement) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      mode: s.mode,
      attribution: s.attribution,
      speaker: mention(s.speaker),
      cue: s.cue,
      reportedBy: mention(s.reportedBy),
      about: s.about.map((e) => ({ name: e.name, entityId: e.id })),
      confidence: s.confidence,
      excerpt: { start: s.excerpt.start, end: s.excerpt.end },
      ...(s.continues !== undefined ? { continues: s.continues } : {}),
    })),
  };
}
