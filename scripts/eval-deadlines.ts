// The promise finder and deadline reader on time expressions nobody here wrote the tables from,
// exactly as a live ticket runs them (scripts/lib/read-promise.ts): Duckling's corpora (dev half,
// wrapped and scored as ../shared/eval/dev/duckling/SOURCES.txt says), the Slovak corpus and the
// business-day replies (test/corpus/deadlines). Each is split by a hash into a tuning part (~70 %)
// and a check part.
//   npm run eval:deadlines                 tuning part: per corpus and language, failure shapes
//   npm run eval:deadlines -- --show el    … and every tuning line of Greek not read right
//   npm run eval:deadlines -- --check      the check part too, read rarely: its reads are counted in docs/eval-deadlines-check.json
process.env.TZ = 'UTC';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type DeadlineCase, type Outcome, loadDeadlineCases, score } from './lib/deadline-corpus';
import { assertUtc, readPromise } from './lib/read-promise';

assertUtc();
const args = process.argv.slice(2);
const check = args.includes('--check');
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;

interface Tally {
  n: number;
  right: number;
  wrong: number;
  missed: number;
  false: number;
  /** Lines Duckling flags (disputed, ambiguous, Cantonese variant) left out. */
  cleanN: number;
  cleanRight: number;
}
const empty = (): Tally => ({ n: 0, right: 0, wrong: 0, missed: 0, false: 0, cleanN: 0, cleanRight: 0 });
const tallies = new Map<string, Tally>();
/** The same, per file of test/corpus/deadlines (each file is one writer's). */
const byFile = new Map<string, Tally>();
const shapes = new Map<string, Map<string, number>>();
const shown: string[] = [];

const parts: DeadlineCase['part'][] = check ? ['tune', 'check'] : ['tune'];
for (const c of loadDeadlineCases()) {
  if (!parts.includes(c.part)) continue;
  // As on a live ticket: the extension is not told the reply's language, the reader guesses it from the text.
  const read = readPromise({ text: c.text, sent: c.sent });
  const outcome: Outcome = score(c, read);
  const key = `${c.part}|${c.corpus}|${c.lang}`;
  const t = tallies.get(key) ?? empty();
  t.n++;
  t[outcome]++;
  if (!c.note) {
    t.cleanN++;
    if (outcome === 'right') t.cleanRight++;
  }
  tallies.set(key, t);
  if (!c.file.startsWith('duckling/')) {
    const fileKey = `${c.part}|${c.file}`;
    const f = byFile.get(fileKey) ?? empty();
    f.n++;
    f[outcome]++;
    byFile.set(fileKey, f);
  }
  if (outcome !== 'right') {
    const group = `${c.part}|${c.corpus}`;
    const m = shapes.get(group) ?? new Map<string, number>();
    const shape = `${outcome} ${c.family}`;
    m.set(shape, (m.get(shape) ?? 0) + 1);
    shapes.set(group, m);
    if (c.part === 'tune' && show && (c.lang === show || c.corpus === show))
      shown.push(
        `${outcome.padEnd(6)} ${c.corpus.padEnd(13)} ${c.family.padEnd(16)} ${JSON.stringify(c.text)} → ${read.promise?.due ?? '—'} want ${c.want ? `${c.want.from}…${c.want.to.slice(11)}` : 'none'}`,
      );
  }
}

const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)} %` : '—');
for (const part of parts) {
  console.log(
    `\n${part === 'tune' ? 'Tuning part (~70 %)' : 'Check part (~30 %)'}: right / wrong / missed; past phrases and replies that set no deadline read as one: "false"`,
  );
  console.log(`${'corpus'.padEnd(14)} lang   n   right            wrong missed false  clean (no disputed/ambiguous/variant)`);
  for (const [key, t] of [...tallies].filter(([k]) => k.startsWith(`${part}|`))) {
    const [, corpus, lang] = key.split('|');
    console.log(
      `${corpus?.padEnd(14)} ${lang?.padEnd(4)} ${String(t.n).padStart(3)}   ${String(t.right).padStart(3)} ${pct(t.right, t.n).padStart(8)}   ${String(t.wrong).padStart(5)} ${String(t.missed).padStart(6)} ${String(t.false).padStart(5)}  ${pct(t.cleanRight, t.cleanN)}`,
    );
  }
  const past = [...tallies].filter(([k]) => k.startsWith(`${part}|`) && k.includes('-past|')).reduce((s, [, t]) => s + t.false, 0);
  console.log(`past phrases read as a future deadline: ${past}`);
  console.log(
    `per file: ${[...byFile]
      .filter(([k]) => k.startsWith(`${part}|`))
      .map(([k, t]) => `${k.split('|')[1]} ${pct(t.right, t.n)} (${t.n})`)
      .join(', ')}`,
  );
  for (const [group, m] of shapes) {
    if (!group.startsWith(`${part}|`)) continue;
    const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  failure shapes, ${group.split('|')[1]}: ${top.map(([s, n]) => `${s} ${n}`).join(', ')}`);
  }
}
if (shown.length) console.log(`\n${shown.join('\n')}`);

if (check) {
  const file = 'docs/eval-deadlines-check.json';
  const reads = (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { reads: number }).reads : 0) + 1;
  writeFileSync(file, `${JSON.stringify({ reads, last: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
  console.log(
    `\nThe check part has now been read ${reads} time${reads === 1 ? '' : 's'} (${file}): read it rarely, tune on the tuning part.`,
  );
}
