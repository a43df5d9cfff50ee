import { Found } from './statements';

/**
 * A confidence in [0, 1] for a reviewer to sort by: how much evidence the rules had. These are
 * hand-set weights, not calibrated probabilities; docs/extraction.md gives the precision each
 * form reached on the development corpus.
 */
export function confidenceOf(f: Found): number {
  const base = { DIRECT_QUOTE: 0.85, INDIRECT_SPEECH: 0.75, REPORTED_SPEECH: 0.6, FREE_INDIRECT_SPEECH: 0.5 }[f.mode];
  let c = base;
  if (!f.cue && f.mode === 'DIRECT_QUOTE') c -= 0.2;
  if (!f.speaker) c -= 0.15;
  else if (f.carried) c -= 0.1;
  else if (f.speaker.kind === 'pronoun') c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}
