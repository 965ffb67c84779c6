import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, part } from './datasets';
import { SEED_LOCALES, interfaceStrings, nonSeedLines } from './ui-strings';

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

/**
 * What a seed-language answer is worth, on Chromium's interface strings of one part (written
 * text): each seed language's own strings read right, each other language's strings read as
 * it, and a precision that weighs every language's strings alike (Danish read as Norwegian costs
 * Norwegian as much as Norwegian read as Danish costs it).
 */
export function nonSeedReport(detect: (text: string) => string, which: 'tune' | 'check' = 'tune'): void {
  const others = nonSeedLines(which);
  const own = interfaceStrings(Object.values(SEED_LOCALES), which);
  if (!others || !own) {
    console.log('\nInterface strings: not measured (apt-get install chromium-l10n for Chromium’s interface strings)');
    return;
  }
  const localeOf = Object.fromEntries(Object.entries(SEED_LOCALES).map(([lang, locale]) => [locale, lang]));
  const share = new Map<string, Map<string, number>>();
  for (const { lang, text } of [...others, ...own]) {
    const source = localeOf[lang] ?? lang;
    const got = detect(text);
    const row = share.get(source) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    share.set(source, row);
  }
  for (const row of share.values()) {
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    for (const [k, v] of row) row.set(k, v / n);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `\nInterface strings (Chromium, ${which === 'tune' ? 'tuning' : which} part, 400 per language in ${share.size} languages, none that npm run train:language learns from): ` +
      'a seed language read right, others read as it, and the precision with every language weighing alike',
  );
  let intoSeeds = 0;
  for (const seed of Object.keys(SEED_LOCALES)) {
    const right = share.get(seed)?.get(seed) ?? 0;
    const taken = [...share].filter(([source]) => source !== seed).map(([source, row]) => [source, row.get(seed) ?? 0] as const);
    const wrong = taken.reduce((a, [, x]) => a + x, 0);
    if (seed !== 'en')
      intoSeeds += [...share].filter(([source]) => !(source in SEED_LOCALES)).reduce((a, [, row]) => a + (row.get(seed) ?? 0), 0);
    const worst = taken
      .filter(([, x]) => x >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    console.log(
      `  ${seed.padEnd(4)} right ${pct(right).padStart(7)}   precision ${pct(right / (right + wrong)).padStart(7)}   read as ${seed}: ${worst.map(([source, x]) => `${source} ${pct(x)}`).join(', ') || 'none'}`,
    );
  }
  const nonSeed = [...share.keys()].filter((source) => !(source in SEED_LOCALES)).length;
  console.log(`  strings of the ${nonSeed} other languages read as de/el/sk/no/zh: ${pct(intoSeeds / nonSeed)}`);
}
