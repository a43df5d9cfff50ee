/**
 * `npm run bench:extract`: throughput and memory of the extractor on generated German and
 * English news text (sentences written for the bench, combined at random), at 1× (articles of
 * 2-5 KB, the typical size of a news article), 10× and 100×, to show that cost grows linearly
 * with text size.
 */
import { extract } from '../src/extract/extract';

const DE = [
  '„Wir werden die Steuern nicht erhöhen“, sagte die Ministerin am Montag in Berlin.',
  'Der Bürgermeister erklärte, die Brücke werde im Mai fertig.',
  'Nach Angaben der Polizei wurden drei Menschen leicht verletzt.',
  'Die Gewerkschaft kritisierte die Pläne der Regierung scharf.',
  'Dies sei eindeutig nachzuweisen gewesen.',
  'Das Wetter bleibt in den kommenden Tagen wechselhaft, im Süden ist mit Gewittern zu rechnen.',
  'Laut einem Bericht der Zeitung soll der Vertrag schon im Herbst unterzeichnet werden.',
  'Die Stadt teilte mit, dass das Hallenbad bis auf Weiteres geschlossen bleibt.',
];
const EN = [
  '"We will not raise taxes," the minister said on Monday.',
  'The mayor told reporters that the bridge would open in May.',
  'According to the police, three people were slightly injured.',
  'The union rejected the government plan on Tuesday.',
  'Rain is expected across the region for the rest of the week.',
];

function article(sentences: string[], seed: number, paragraphs: number): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = 3 + (next() % 4);
    out.push(Array.from({ length: n }, () => sentences[next() % sentences.length]).join(' '));
  }
  return out.join('\n');
}

function run(label: string, language: 'de' | 'en', sentences: string[], baseArticles: number): void {
  extract(article(sentences, 1, 4), { language }); // load lexicons outside the measurement
  for (const factor of [1, 10, 100]) {
    // The same amount of text at each size: fewer, longer articles.
    const articles = Array.from({ length: Math.max(4, baseArticles / factor) }, (_, i) => article(sentences, i + 7, 12 * factor));
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
    (global as { gc?: () => void }).gc?.();
    const t = process.hrtime.bigint();
    let statements = 0;
    let peak = process.memoryUsage().rss;
    for (const a of articles) {
      statements += extract(a, { language }).statements.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(
      `${label} ${String(factor).padStart(3)}x  ${String(articles.length).padStart(4)} articles of ${(bytes / articles.length / 1024).toFixed(1).padStart(6)} KB  ` +
        `${(bytes / 1024 / 1024 / s).toFixed(2).padStart(6)} MB/s  ${(articles.length / s).toFixed(0).padStart(6)} articles/s  ` +
        `${((s / bytes) * 1e9).toFixed(0).padStart(5)} ns/byte  ${statements} statements  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
  }
}

run('de', 'de', DE, 800);
run('en', 'en', EN, 800);
