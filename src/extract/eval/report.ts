import { MODES } from '../model';
import { Counts, Evaluation, Example } from './evaluate';

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));

function prf(c: { matched: number; gold: number; predicted: number }): string {
  const p = c.predicted ? c.matched / c.predicted : 0;
  const r = c.gold ? c.matched / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${pct(c.matched, c.predicted)}  ${pct(c.matched, c.gold)}  ${c.gold || c.predicted ? f.toFixed(3).padStart(6) : '   -  '}`;
}

/** The evaluation as a plain-text table, with examples of each kind of error when asked. */
export function formatReport(ev: Evaluation, examples = 0): string {
  const lines: string[] = [];
  lines.push(
    `${ev.documents} documents, ${ev.overall.gold} gold statements, ${ev.overall.predicted} proposed, ${ev.overall.matched} matched (Dice >= 0.5, one-to-one, greedy by Dice)`,
  );
  lines.push('');
  lines.push('                         precision  recall      F1    gold  proposed');
  lines.push(`all statements             ${prf(ev.overall)}  ${String(ev.overall.gold).padStart(6)}  ${String(ev.overall.predicted).padStart(8)}`);
  for (const mode of MODES) {
    const byMode = ev.byMode[mode];
    const gold = Object.entries(ev.byGoldLabel).filter(([label]) => modeOfLabel(label) === mode);
    const goldCounts = gold.reduce<Counts>((c, [, x]) => ({ gold: c.gold + x.gold, matched: c.matched + x.matched, predicted: 0 }), {
      gold: 0,
      matched: 0,
      predicted: 0,
    });
    const p = byMode.predicted ? byMode.matched / byMode.predicted : 0;
    const r = goldCounts.gold ? goldCounts.matched / goldCounts.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    lines.push(
      `${mode.padEnd(26)} ${pct(byMode.matched, byMode.predicted)}  ${pct(goldCounts.matched, goldCounts.gold)}  ${goldCounts.gold && byMode.predicted ? f.toFixed(3).padStart(6) : '   -  '}  ${String(goldCounts.gold).padStart(6)}  ${String(byMode.predicted).padStart(8)}`,
    );
  }
  const labels = Object.keys(ev.byGoldLabel).sort();
  if (labels.length > 1) {
    lines.push('');
    lines.push('recall by gold label:');
    for (const l of labels)
      lines.push(`  ${l.padEnd(24)} ${pct(ev.byGoldLabel[l].matched, ev.byGoldLabel[l].gold)}  (${ev.byGoldLabel[l].matched}/${ev.byGoldLabel[l].gold})`);
  }
  lines.push('');
  lines.push(`form right on matched       ${pct(ev.formCorrect, ev.overall.matched)}  (${ev.formCorrect}/${ev.overall.matched})`);
  lines.push(`speaker right on matched    ${pct(ev.speaker.correct, ev.speaker.total)}  (${ev.speaker.correct}/${ev.speaker.total})`);
  lines.push(
    `direct quotes found with the right speaker ${pct(ev.directWithSpeaker.correct, ev.directWithSpeaker.total)}  (${ev.directWithSpeaker.correct}/${ev.directWithSpeaker.total} gold direct quotes)`,
  );
  lines.push(
    `attribution right           ${ev.attribution.total ? pct(ev.attribution.correct, ev.attribution.total) : '   -  '}  (${ev.attribution.correct}/${ev.attribution.total}${ev.attribution.total ? '' : ': the gold has none'})`,
  );
  if (examples > 0) {
    for (const kind of ['miss', 'false alarm', 'wrong speaker'] as Example['kind'][]) {
      lines.push('');
      lines.push({ miss: 'misses:', 'false alarm': 'false alarms:', 'wrong speaker': 'wrong speakers:' }[kind]);
      for (const e of ev.examples.filter((x) => x.kind === kind).slice(0, examples)) {
        lines.push(`  [${e.document}] ${e.label}: ${e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text}${e.detail ? `\n      ${e.detail}` : ''}`);
      }
    }
  }
  return lines.join('\n');
}

/** The mode a gold label counts as; labels are the project's modes or SpkAtt's forms. */
export function modeOfLabel(label: string): string {
  return (
    {
      Direct: 'DIRECT_QUOTE',
      Indirect: 'INDIRECT_SPEECH',
      FreeIndirect: 'FREE_INDIRECT_SPEECH',
      IndirectFreeIndirect: 'FREE_INDIRECT_SPEECH',
      Reported: 'REPORTED_SPEECH',
    }[label] ?? label
  );
}
