// npm run eval — detection quality on ../shared/eval/dev, beside AFINN and VADER in the same run.
// Each corpus is split by a hash of each text: a tuning part (60 %), a check part (25 %) and a
// final part (15 %). Rules, thresholds and phrases are chosen on the tuning part only; the
// baselines get their best threshold there too. A check part read after every change stops being
// unseen, so two more estimates are printed:
//   - leave one domain out: for corpora of several sources (HINT3's three bots, the brands of the
//     complaint tweets), each source is scored with the baselines' thresholds chosen on the others,
//     and BANKING77 ↔ HINT3 for refund and cancel (thresholds from one corpus, scored on the other);
//   - --final   the final part, once per release: the count of reads is kept in docs/eval-final.json.
//   --errors [dataset] [--misses]   the tuning part's false positives (and misses); the check and
//                        final parts' rows are never printed.
// Language identification: per language and length bucket on the XED projections' tuning and check parts (--final: the final part),
// and on Chromium's interface strings: seed languages read right, and other languages read as one.
import { readFileSync, writeFileSync } from 'node:fs';
import { afinnScore, vaderScore } from './lib/baselines';
import { type Dataset, type Row, loadDatasets, part } from './lib/datasets';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { languageReport, nonSeedReport } from './lib/language-report';
import { detectWithModels, loadModels } from './lib/models-node';
import { type Scores, bestThreshold, score } from './lib/metrics';

await loadLanguageDetector();
const compiled = compiledFor();
// The anger models as the extension runs them (npm run train:models; tuning part only).
const models = loadModels();
const final = process.argv.includes('--final');
const errorsFor = process.argv.includes('--errors') ? (process.argv[process.argv.indexOf('--errors') + 1] ?? '') : undefined;
const f2 = (n: number) => n.toFixed(2).padStart(5);
const cols = (s: Scores) => `${f2(s.precision)} ${f2(s.recall)} ${f2(s.f1)} ${f2(s.mcc)}`;

const datasets = loadDatasets();
const detectedBy = new Map<Dataset, boolean[]>();
const detected = (ds: Dataset) => {
  let d = detectedBy.get(ds);
  if (!d) {
    d = ds.rows.map((r) => detectWithModels(r.text, compiled, detectLanguageNode(r.text), models).some((s) => ds.accepts.includes(s.id)));
    detectedBy.set(ds, d);
  }
  return d;
};
type Indexed = { r: Row; i: number };
const rowsOf = (ds: Dataset, keep: (r: Row) => boolean): Indexed[] => ds.rows.map((r, i) => ({ r, i })).filter(({ r }) => keep(r));
const ours = (ds: Dataset, rows: Indexed[]) =>
  score(
    rows.map(({ i }) => detected(ds)[i] as boolean),
    rows.map(({ r }) => r.positive),
  );
/** A baseline with its threshold chosen on `fit`, scored on `on`. */
const baseline = (fn: (t: string) => number, fit: Indexed[], on: Indexed[]) => {
  const { threshold } = bestThreshold(
    fit.map(({ r }) => fn(r.text)),
    fit.map(({ r }) => r.positive),
  );
  return score(
    on.map(({ r }) => fn(r.text) <= threshold),
    on.map(({ r }) => r.positive),
  );
};

const scored = final ? 'final' : 'check';
if (models.size)
  console.log(
    `Models (${[...models.values()]
      .flat()
      .map((m) => `${m.signal}-${m.language}`)
      .join(
        ', ',
      )}) learnt from their corpus's tuning part: there the tuning figures are not an estimate (npm run train:models prints the cross-validated ones).`,
  );
console.log(
  `Tuning part (60 %) | ${scored} part (${final ? 15 : 25} %) — P R F1 MCC; baselines: threshold chosen on tuning, applied to ${scored}`,
);
console.log(
  `${'dataset'.padEnd(26)} ${scored.padStart(5)} ${'pos'.padStart(4)} | Composure tune           | Composure ${scored.padEnd(14)} | ΔP    flagged | AFINN ${scored.padEnd(18)} | VADER ${scored}`,
);
for (const ds of datasets) {
  const tune = rowsOf(ds, (r) => part(r.text) === 'tune');
  const on = rowsOf(ds, (r) => part(r.text) === scored);
  const t = ours(ds, tune);
  const c = ours(ds, on);
  console.log(
    `${ds.name.padEnd(26)} ${String(on.length).padStart(5)} ${String(on.filter(({ r }) => r.positive).length).padStart(4)} | ${cols(t)} | ${cols(c)} | ${(t.precision - c.precision).toFixed(2).padStart(5)} ${`${t.tp + t.fp}/${c.tp + c.fp}`.padStart(9)} | ${cols(baseline(afinnScore, tune, on))} | ${cols(baseline(vaderScore, tune, on))}`,
  );
  if (errorsFor !== undefined && ds.name.includes(errorsFor)) {
    for (const { r, i } of tune) {
      if (detected(ds)[i] && !r.positive) console.log(`   FP: ${r.text.slice(0, 140)}`);
      if (!detected(ds)[i] && r.positive && process.argv.includes('--misses')) console.log(`   FN: ${r.text.slice(0, 140)}`);
    }
  }
}

if (final) {
  languageReport(detectLanguageNode, 'final');
  const file = 'docs/eval-final.json';
  const reads = (JSON.parse(readFileSync(file, 'utf8')) as { reads: number }).reads + 1;
  writeFileSync(file, `${JSON.stringify({ reads, last: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
  console.log(`\nThe final part has now been read ${reads} time${reads === 1 ? '' : 's'} (docs/eval-final.json): once per release.`);
} else {
  leaveOneDomainOut();
  languageReport(detectLanguageNode);
  languageReport(detectLanguageNode, 'check');
  nonSeedReport(detectLanguageNode);
  nonSeedReport(detectLanguageNode, 'check');
}

/**
 * Each source of a corpus scored as if unseen: the baselines' thresholds come from the other
 * sources. Composure's rules are one set for all sources, so its figure per source is its
 * figure on that source (the final part is left out here too).
 */
function leaveOneDomainOut() {
  console.log('\nLeave one domain out (tuning + check parts; baselines fitted on the other domains) — P R F1 MCC');
  const kept = (r: Row) => part(r.text) !== 'final';
  for (const ds of datasets) {
    const domains = [...new Set(ds.rows.filter(kept).map((r) => r.domain))].filter((d): d is string => d !== undefined);
    if (domains.length < 2) continue;
    const pooled = { ours: [] as boolean[], afinn: [] as boolean[], vader: [] as boolean[], actual: [] as boolean[] };
    for (const domain of domains) {
      const held = rowsOf(ds, (r) => kept(r) && r.domain === domain);
      const rest = rowsOf(ds, (r) => kept(r) && r.domain !== domain);
      const c = ours(ds, held);
      console.log(
        `  ${ds.name.padEnd(24)} ${domain.padEnd(14)} ${String(held.length).padStart(5)} ${String(held.filter(({ r }) => r.positive).length).padStart(4)} | ${cols(c)} | AFINN ${cols(baseline(afinnScore, rest, held))} | VADER ${cols(baseline(vaderScore, rest, held))}`,
      );
      for (const [fn, into] of [
        [afinnScore, pooled.afinn],
        [vaderScore, pooled.vader],
      ] as const) {
        const { threshold } = bestThreshold(
          rest.map(({ r }) => fn(r.text)),
          rest.map(({ r }) => r.positive),
        );
        into.push(...held.map(({ r }) => fn(r.text) <= threshold));
      }
      pooled.ours.push(...held.map(({ i }) => detected(ds)[i] as boolean));
      pooled.actual.push(...held.map(({ r }) => r.positive));
    }
    console.log(
      `  ${ds.name.padEnd(24)} ${'all, held out'.padEnd(14)} ${String(pooled.actual.length).padStart(5)} ${String(pooled.actual.filter(Boolean).length).padStart(4)} | ${cols(score(pooled.ours, pooled.actual))} | AFINN ${cols(score(pooled.afinn, pooled.actual))} | VADER ${cols(score(pooled.vader, pooled.actual))}`,
    );
  }
  // One corpus against the other: the same intent in another product's words.
  for (const intent of ['refund', 'cancel']) {
    const hint = datasets.find((d) => d.name === `hint3 ${intent}`);
    const bank = datasets.find((d) => d.name === `banking77 ${intent}`);
    if (!hint || !bank) continue;
    for (const [fit, on] of [
      [bank, hint],
      [hint, bank],
    ] as const) {
      const fitRows = rowsOf(fit, (r) => part(r.text) !== 'final');
      const onRows = rowsOf(on, (r) => part(r.text) !== 'final');
      console.log(
        `  ${`${intent}: ${fit.name.split(' ')[0]} → ${on.name.split(' ')[0]}`.padEnd(39)} ${String(onRows.length).padStart(5)} ${String(onRows.filter(({ r }) => r.positive).length).padStart(4)} | ${cols(ours(on, onRows))} | AFINN ${cols(baseline(afinnScore, fitRows, onRows))} | VADER ${cols(baseline(vaderScore, fitRows, onRows))}`,
      );
    }
  }
}
