import { Attribution, Language, Mode, Span } from '../model';

/** One gold statement: its content as character spans, its form, and its source. */
export interface GoldStatement {
  /** Content spans in code points; several when the content is interrupted. */
  content: Span[];
  mode: Mode;
  /** The corpus's own label (`IndirectFreeIndirect`), for the per-form table. */
  label: string;
  /** Modes a prediction may have and still count as the right form. */
  accepts: readonly Mode[];
  /** Source spans; empty when the gold names no source. */
  source: Span[];
  /** The speaker's entity id, when the gold links one (project annotations). */
  sourceEntity?: string;
  attribution?: Attribution;
}

export interface GoldDocument {
  id: string;
  text: string;
  language: Language;
  statements: GoldStatement[];
}

/**
 * A reader of one gold format. The evaluation asks each reader in turn whether it can read a
 * path (`readers/registry.ts` lists them), unless `--format` names one.
 */
export interface GoldReader {
  name: string;
  /** Whether this reader recognises the file (by name or a look at its content). */
  accepts(file: string): boolean;
  read(file: string): GoldDocument[];
}
