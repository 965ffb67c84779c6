// npm run train:signals — the learned part beside the rules: for each signal and language, a
// model of character n-grams trained on the written support messages' tuning part
// (test/corpus/support) and, where one exists, a public corpus's tuning part for that signal and
// language (../shared/eval/dev). Every figure here is cross-validated within the support
// messages' tuning part (5 folds by position; the public rows always train, never judge): the
// rules alone, and the rules with the model, where the model only adds a signal the rules did not
// find and shows its heaviest words as evidence (char-model.ts). A model ships
// (src/packs/models/signal-<signal>-<lang>.json) only where, across the folds, its own flags are
// right at least PRECISION_FLOOR of the time, it adds at least MIN_ADDED right flags and the MCC
// of rules-with-model beats the rules alone by MIN_GAIN. The lead reads the final part once to
// confirm. Re-run it after the rules change (one command): the rules' hits are read afresh.
//   --json   the table as JSON
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { type CharModel, modelEvidence, modelScore } from '../src/engine/char-model';
import type { SignalId } from '../src/engine/types';
import { type Row, loadDatasets, part } from './lib/datasets';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { score } from './lib/metrics';
import { detectWithModels, loadModels } from './lib/models-node';
import { loadSupportCorpus, supportPart } from './lib/support-corpus';
import { TRAIN_DEFAULTS, type TrainOptions, trainCharModel } from './lib/train-char-model';

const MODELS_DIR = 'src/packs/models';
const LANGUAGES = ['en', 'de', 'el', 'sk', 'no', 'zh'];
const SIGNALS: SignalId[] = [
  'anger',
  'insult',
  'baiting',
  'complaint',
  'refund-request',
  'cancel-request',
  'escalation-request',
  'repeat-contact',
  'urgency',
  'threat',
];
/** Public corpora that teach a signal in a language (their tuning part, at most PUBLIC_CAP rows). */
const PUBLIC: { dataset: string; language: string; signals: SignalId[] }[] = [
  { dataset: 'goemotions anger (en)', language: 'en', signals: ['anger'] },
  { dataset: 'complaint tweets (en)', language: 'en', signals: ['complaint'] },
  { dataset: 'banking77 refund', language: 'en', signals: ['refund-request'] },
  { dataset: 'hint3 refund', language: 'en', signals: ['refund-request'] },
  { dataset: 'banking77 cancel', language: 'en', signals: ['cancel-request'] },
  { dataset: 'hint3 cancel', language: 'en', signals: ['cancel-request'] },
  { dataset: 'hint3 escalation', language: 'en', signals: ['escalation-request'] },
  { dataset: 'germeval hostility (de)', language: 'de', signals: ['anger', 'insult'] },
  { dataset: 'waimai complaints (zh)', language: 'zh', signals: ['complaint'] },
];
const PUBLIC_CAP = 3000;
/**
 * Models that earned their place in cross-validation but are not shipped, and why. The complaint
 * models of English and Chinese raise the complaint tweets' and waimai reviews' F1 on their check
 * parts (npm run eval: 0.57 → 0.73, 0.72 → 0.80) but lower their precision (0.90 → 0.88,
 * 0.86 → 0.82), and so does Chinese anger's on the reviews (0.86 → 0.80, MCC 0.52 → 0.47); no
 * public check figure may fall (issue 31).
 */
const WITHHELD: Record<string, string> = {
  'complaint-en': 'lowers the complaint tweets’ check precision 0.90 → 0.88',
  'complaint-zh': 'lowers the waimai reviews’ check precision 0.86 → 0.82',
  // Anger counts as a complaint on the reviews.
  'anger-zh': 'lowers the waimai reviews’ check precision 0.86 → 0.80',
  // The support messages' final part, read once (2026-12-07): what each model added over the rules.
  'baiting-de': 'final part: adds 1 right, 2 wrong',
  'complaint-no': 'final part: adds 10 right, 3 wrong (77 %, under the 80 % floor)',
  'repeat-contact-sk': 'final part: adds 0 right, 1 wrong',
  'cancel-request-sk': 'final part: adds nothing; kept only where the final part favours it',
};
const FOLDS = 5;
const PRECISION_FLOOR = 0.8;
const MIN_ADDED = 3;
const MIN_GAIN = 0.02;
const SHAPES: TrainOptions[] = [
  { ...TRAIN_DEFAULTS, n: [1, 4], keep: 6000 },
  { ...TRAIN_DEFAULTS, n: [2, 5], keep: 6000 },
];

const asJson = process.argv.includes('--json');
await loadLanguageDetector();
const compiled = compiledFor();
// The anger models that ship today count as part of "the rules": a new model must add to both.
// Only the anger models: the learned signal models this script writes are what it re-decides, so
// counting them as rules would make every re-run find nothing left to add (and delete them all).
const angerModels = new Map([...loadModels()].map(([lang, models]) => [lang, models.filter((m) => m.signal === 'anger')]));
const datasets = loadDatasets();
const support = loadSupportCorpus().filter((m) => supportPart(m.text) === 'tune');
const fired = new Map(
  support.map((m) => [m.id, new Set(detectWithModels(m.text, compiled, detectLanguageNode(m.text), angerModels).map((s) => s.id))]),
);

interface Result {
  signal: SignalId;
  language: string;
  rows: number;
  positives: number;
  publicRows: number;
  shape: string;
  rules: { precision: number; recall: number; mcc: number };
  withModel: { precision: number; recall: number; mcc: number };
  added: { right: number; wrong: number };
  ships: boolean;
}
const results: Result[] = [];
const r3 = (n: number) => Number(n.toFixed(3));

for (const language of LANGUAGES)
  for (const signal of SIGNALS) {
    // A message whose writer left the signal open ("may") says nothing either way.
    const rows = support.filter((m) => m.lang === language && !m.may.includes(signal));
    const positives = rows.filter((m) => m.must.includes(signal)).length;
    if (positives < 5) continue;
    const publicRows: Row[] = PUBLIC.filter((p) => p.language === language && p.signals.includes(signal))
      .flatMap((p) => datasets.find((d) => d.name === p.dataset)?.rows.filter((r) => part(r.text) === 'tune') ?? [])
      .slice(0, PUBLIC_CAP);
    const actual = rows.map((m) => m.must.includes(signal));
    const ruled = rows.map((m) => fired.get(m.id)?.has(signal) ?? false);
    const rulesScore = score(ruled, actual);
    let best: Result | undefined;
    let bestModel: CharModel | undefined;
    for (const shape of SHAPES) {
      // Each support message is scored by a model that never saw it.
      const scores = new Array<number>(rows.length).fill(Number.NEGATIVE_INFINITY);
      for (let k = 0; k < FOLDS; k++) {
        const train: Row[] = [
          ...publicRows,
          ...rows.filter((_, i) => i % FOLDS !== k).map((m) => ({ text: m.text, positive: m.must.includes(signal) })),
        ];
        const model = { signal, language, source: '', threshold: 0, precision: 0, ...trainCharModel(train, shape) };
        rows.forEach((m, i) => {
          if (i % FOLDS === k && modelEvidence(model, m.text, 0).length) scores[i] = modelScore(model, m.text);
        });
      }
      // The threshold: the best MCC of rules-or-model whose added flags are right PRECISION_FLOOR of the time.
      const candidates = [...new Set(scores.filter(Number.isFinite))].sort((a, b) => a - b);
      let pick = { threshold: Number.POSITIVE_INFINITY, mcc: rulesScore.mcc, right: 0, wrong: 0 };
      for (const t of candidates) {
        let right = 0;
        let wrong = 0;
        rows.forEach((_, i) => {
          if (!ruled[i] && (scores[i] as number) >= t) actual[i] ? right++ : wrong++;
        });
        if (right < MIN_ADDED || right / (right + wrong) < PRECISION_FLOOR) continue;
        const s = score(
          ruled.map((r, i) => r || (scores[i] as number) >= t),
          actual,
        );
        if (s.mcc > pick.mcc) pick = { threshold: t, mcc: s.mcc, right, wrong };
      }
      const withModel = score(
        ruled.map((r, i) => r || (scores[i] as number) >= pick.threshold),
        actual,
      );
      const result: Result = {
        signal,
        language,
        rows: rows.length,
        positives,
        publicRows: publicRows.length,
        shape: `${shape.n.join('–')}`,
        rules: { precision: r3(rulesScore.precision), recall: r3(rulesScore.recall), mcc: r3(rulesScore.mcc) },
        withModel: { precision: r3(withModel.precision), recall: r3(withModel.recall), mcc: r3(withModel.mcc) },
        added: { right: pick.right, wrong: pick.wrong },
        ships: withModel.mcc >= rulesScore.mcc + MIN_GAIN && pick.right >= MIN_ADDED && !WITHHELD[`${signal}-${language}`],
      };
      if (!best || result.withModel.mcc > best.withModel.mcc) {
        best = result;
        if (result.ships) {
          const all: Row[] = [...publicRows, ...rows.map((m) => ({ text: m.text, positive: m.must.includes(signal) }))];
          const source = `Written support messages (test/corpus/support, tuning part)${
            publicRows.length
              ? ` and ${PUBLIC.filter((p) => p.language === language && p.signals.includes(signal))
                  .map((p) => p.dataset)
                  .join(', ')} (tuning part)`
              : ''
          }`;
          bestModel = {
            signal,
            language,
            source,
            threshold: Number(pick.threshold.toPrecision(4)),
            precision: r3(pick.right / (pick.right + pick.wrong)),
            ...trainCharModel(all, shape),
          };
        } else bestModel = undefined;
      }
    }
    results.push(best as Result);
    const file = `${MODELS_DIR}/signal-${signal}-${language}.json`;
    if (bestModel) writeFileSync(file, `${JSON.stringify(bestModel)}\n`);
    else if (existsSync(file)) rmSync(file);
  }
// Models of signals or languages no longer trained are not left behind.
for (const f of readdirSync(MODELS_DIR))
  if (f.startsWith('signal-') && !results.some((r) => r.ships && f === `signal-${r.signal}-${r.language}.json`))
    rmSync(`${MODELS_DIR}/${f}`);

if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    'Learned part: cross-validated on the support messages’ tuning part (5 folds), rules (with the anger models) vs rules + model',
  );
  console.log('lang signal               rows pos public shape | rules P    R    MCC  | +model P    R    MCC  | added right/wrong | ships');
  const f = (n: number) => n.toFixed(2).padStart(4);
  for (const r of results)
    console.log(
      `${r.language.padEnd(4)} ${r.signal.padEnd(19)} ${String(r.rows).padStart(5)} ${String(r.positives).padStart(3)} ${String(r.publicRows).padStart(6)} ${r.shape.padEnd(5)} | ${f(r.rules.precision)} ${f(r.rules.recall)} ${f(r.rules.mcc)} | ${f(r.withModel.precision)} ${f(r.withModel.recall)} ${f(r.withModel.mcc)} | ${String(r.added.right).padStart(5)}/${r.added.wrong} | ${r.ships ? 'yes' : (WITHHELD[`${r.signal}-${r.language}`] ?? 'no')}`,
    );
}
