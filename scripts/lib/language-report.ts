import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, part } from './datasets';
import { nonSeedLines } from './ui-strings';

/** The seed languages as the projections name them (cn and zh are both Chinese), and English from XED. */
const FILES: [string, string][] = [
  ['de', 'xed-projections/de.tsv'],
  ['el', 'xed-projections/el.tsv'],
  ['sk', 'xed-projections/sk.tsv'],
  ['no', 'xed-projections/no.tsv'],
  ['zh', 'xed-projections/cn.tsv'],
  ['zh', 'xed-projections/zh.tsv'],
  ['en', 'xed/en-annotated.tsv'],
];
const BUCKETS: [string, (n: number) => boolean][] = [
  ['≤ 20', (n) => n <= 20],
  ['21–60', (n) => n > 20 && n <= 60],
  ['> 60', (n) => n > 60],
];

/** The lines of a language's subtitles on one part (the final part only for `npm run eval -- --final`). */
export function languageLines(which: 'tune' | 'check' | 'final' = 'tune'): { lang: string; text: string }[] {
  return FILES.flatMap(([lang, file]) =>
    readFileSync(join(EVAL_DIR, file), 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter(([text = '', labels = '']) => text.trim() && /^\d(, ?\d)*$/.test(labels.trim()))
      .map(([text = '']) => ({ lang, text: text.trim() }))
      .filter(({ text }) => part(text) === which),
  );
}

/** Accuracy per language and length bucket, and what each language is most often taken for. */
export function languageReport(detect: (text: string) => string, which: 'tune' | 'check' | 'final' = 'tune'): void {
  const lines = languageLines(which);
  console.log(`\nLanguage identification, XED subtitles (${which === 'tune' ? 'tuning' : which} part), accuracy per length in characters`);
  console.log(`  ${'lang'.padEnd(5)} ${BUCKETS.map(([b]) => b.padStart(16)).join(' ')} ${'all'.padStart(16)}   taken for`);
  let right = 0;
  let seeds = 0;
  for (const lang of [...new Set(FILES.map(([l]) => l))]) {
    const mine = lines.filter((l) => l.lang === lang).map((l) => ({ ...l, got: detect(l.text) }));
    const cell = (rows: typeof mine) => {
      const ok = rows.filter((r) => r.got === lang).length;
      return `${rows.length ? ((100 * ok) / rows.length).toFixed(1) : '—'} % (${rows.length})`.padStart(16);
    };
    const wrong = new Map<string, number>();
    for (const r of mine) if (r.got !== lang) wrong.set(r.got, (wrong.get(r.got) ?? 0) + 1);
    const top = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `  ${lang.padEnd(5)} ${BUCKETS.map(([, within]) => cell(mine.filter((r) => within(r.text.length)))).join(' ')} ${cell(mine)}   ${top.map(([l, n]) => `${l} ${n}`).join(', ')}`,
    );
    if (lang !== 'en') {
      right += mine.filter((r) => r.got === lang).length;
      seeds += mine.length;
    }
  }
  console.log(`  the five seed languages together: ${((100 * right) / seeds).toFixed(1)} % of ${seeds} lines`);
}

/** How often text in a language Composure does not coach in is read as a seed language other than English. */
export function nonSeedReport(detect: (text: string) => string): void {
  const lines = nonSeedLines();
  if (!lines) {
    console.log('\nNon-seed text: not measured (apt-get install chromium-l10n for Chromium’s interface strings)');
    return;
  }
  const seeds = ['de', 'el', 'sk', 'no', 'zh'];
  const wrong = new Map<string, number>();
  let short = 0;
  let shortWrong = 0;
  let all = 0;
  for (const { lang, text } of lines) {
    const got = detect(text);
    const bad = seeds.includes(got);
    if (bad) {
      all++;
      wrong.set(`${lang}→${got}`, (wrong.get(`${lang}→${got}`) ?? 0) + 1);
    }
    if (text.length <= 20) {
      short++;
      if (bad) shortWrong++;
    }
  }
  const top = [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `\nNon-seed text read as de/el/sk/no/zh (Chromium's interface strings, ${new Set(lines.map((l) => l.lang)).size} languages, used in tuning): ` +
      `${((100 * all) / lines.length).toFixed(1)} % of ${lines.length} (≤ 20 characters: ${((100 * shortWrong) / short).toFixed(1)} % of ${short}); ` +
      top.map(([k, n]) => `${k} ${n}`).join(', '),
  );
}
