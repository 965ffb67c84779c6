// npm run eval — detection quality on ../shared/eval/dev, split by a hash of each text into a
// tuning part (60 %) and a check part (40 %). Composure's rules are chosen on the tuning part
// only; the check part is what the rules have never been fitted to. AFINN and VADER get their
// best threshold on the tuning part, applied to the check part. Precision first: an agent
// ignores a sidebar that cries wolf.
//   --errors [dataset] [--misses]   list the tuning part's false positives (and misses): what rules
//                        are written from. The check part's rows are never printed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectSignals } from '../src/engine/detect';
import { afinnScore, vaderScore } from './lib/baselines';
import { EVAL_DIR, loadDatasets, part } from './lib/datasets';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { type Scores, bestThreshold, score } from './lib/metrics';

await loadLanguageDetector();
const compiled = compiledFor();
const f2 = (n: number) => n.toFixed(2).padStart(5);
const errorsFor = process.argv.includes('--errors') ? (process.argv[process.argv.indexOf('--errors') + 1] ?? '') : undefined;
const cols = (s: Scores) => `${f2(s.precision)} ${f2(s.recall)} ${f2(s.f1)} ${f2(s.mcc)}`;

console.log('Tuning part (60 %) | check part (40 %) — P R F1 MCC; baselines: threshold chosen on tuning, applied to check');
console.log(
  `${'dataset'.padEnd(26)} ${'check'.padStart(5)} ${'pos'.padStart(4)} | Composure tune           | Composure check          | ΔP    flagged | AFINN check              | VADER check`,
);
const datasets = loadDatasets();
for (const ds of datasets) {
  const detected = ds.rows.map((r) => detectSignals(r.text, compiled, detectLanguageNode(r.text)).some((s) => ds.accepts.includes(s.id)));
  const of = (which: 'tune' | 'check') => ds.rows.map((r, i) => ({ r, i })).filter(({ r }) => part(r.text) === which);
  const tune = of('tune');
  const check = of('check');
  const ours = (rows: typeof tune) =>
    score(
      rows.map(({ i }) => detected[i] as boolean),
      rows.map(({ r }) => r.positive),
    );
  const baseline = (fn: (t: string) => number) => {
    const { threshold } = bestThreshold(
      tune.map(({ r }) => fn(r.text)),
      tune.map(({ r }) => r.positive),
    );
    return score(
      check.map(({ r }) => fn(r.text) <= threshold),
      check.map(({ r }) => r.positive),
    );
  };
  const t = ours(tune);
  const c = ours(check);
  console.log(
    `${ds.name.padEnd(26)} ${String(check.length).padStart(5)} ${String(check.filter(({ r }) => r.positive).length).padStart(4)} | ${cols(t)} | ${cols(c)} | ${(t.precision - c.precision).toFixed(2).padStart(5)} ${`${t.tp + t.fp}/${c.tp + c.fp}`.padStart(9)} | ${cols(baseline(afinnScore))} | ${cols(baseline(vaderScore))}`,
  );
  if (errorsFor !== undefined && ds.name.includes(errorsFor)) {
    for (const { r, i } of tune) {
      if (detected[i] && !r.positive) console.log(`   FP: ${r.text.slice(0, 140)}`);
      if (!detected[i] && r.positive && process.argv.includes('--misses')) console.log(`   FN: ${r.text.slice(0, 140)}`);
    }
  }
}

// Language: the source documents, line by line (their own language is known), and XED (English).
const SEEDS: Record<string, string> = { '000': 'el', '001': 'sk', '002': 'zh', '003': 'no', '004': 'de' };
const seedsDir = join(EVAL_DIR, '../../seeds');
const lang: Record<string, { right: number; total: number }> = {};
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
  const expected = SEEDS[file.slice(0, 3)];
  if (!expected) continue;
  for (const line of readFileSync(join(seedsDir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 30)) {
    lang[expected] ??= { right: 0, total: 0 };
    const entry = lang[expected];
    entry.total++;
    if (detectLanguageNode(line) === expected) entry.right++;
  }
}
const xed =
  datasets
    .find((d) => d.name === 'xed anger (en)')
    ?.rows.filter((r) => r.text.length >= 20)
    .slice(0, 2000) ?? [];
lang.en = { right: xed.filter((r) => detectLanguageNode(r.text) === 'en').length, total: xed.length };
console.log('\nlanguage (source-document lines ≥ 30 chars; XED English subtitles ≥ 20 chars)');
for (const [code, { right, total }] of Object.entries(lang))
  console.log(`  ${code}: ${right}/${total} = ${((100 * right) / total).toFixed(1)} %`);
