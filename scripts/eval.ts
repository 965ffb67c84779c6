// npm run eval — detection quality on ../shared/eval/dev, beside AFINN and VADER at their
// best thresholds. Precision first: an agent ignores a sidebar that cries wolf.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectSignals } from '../src/engine/detect';
import { afinnScore, vaderScore } from './lib/baselines';
import { EVAL_DIR, loadDatasets } from './lib/datasets';
import { detectLanguageNode } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { bestThreshold, score } from './lib/metrics';

const compiled = compiledFor();
const pct = (n: number) => n.toFixed(2).padStart(5);
const verbose = process.argv.includes('--errors');

console.log(
  'dataset                         rows  pos | Composure  P     R     F1    MCC  | AFINN  P     R     F1    MCC  | VADER  P     R     F1    MCC',
);
for (const ds of loadDatasets()) {
  const actual = ds.rows.map((r) => r.positive);
  // Exactly what `npm run analyze -- --jsonl` does for one line.
  const found = ds.rows.map((r) => detectSignals(r.text, compiled, detectLanguageNode(r.text)));
  const ours = score(
    found.map((signals) => signals.some((s) => ds.accepts.includes(s.id))),
    actual,
  );
  const a = bestThreshold(
    ds.rows.map((r) => afinnScore(r.text)),
    actual,
  );
  const v = bestThreshold(
    ds.rows.map((r) => vaderScore(r.text)),
    actual,
  );
  const cols = (s: typeof ours) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.mcc)}`;
  console.log(
    `${ds.name.padEnd(30)} ${String(ds.rows.length).padStart(5)} ${String(actual.filter(Boolean).length).padStart(4)} |           ${cols(ours)} |        ${cols(a)} |        ${cols(v)}`,
  );
  if (verbose) {
    ds.rows.forEach((r, i) => {
      const hit = found[i]?.some((s) => ds.accepts.includes(s.id));
      if (hit && !r.positive) console.log(`   FP ${found[i]?.map((s) => s.id).join(',')}: ${r.text.slice(0, 120)}`);
    });
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
  loadDatasets()[1]
    ?.rows.filter((r) => r.text.length >= 20)
    .slice(0, 2000) ?? [];
lang.en = { right: xed.filter((r) => detectLanguageNode(r.text) === 'en').length, total: xed.length };
console.log('\nlanguage (source-document lines ≥ 30 chars; XED English subtitles ≥ 20 chars)');
for (const [code, { right, total }] of Object.entries(lang))
  console.log(`  ${code}: ${right}/${total} = ${((100 * right) / total).toFixed(1)} %`);
