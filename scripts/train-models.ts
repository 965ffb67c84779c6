// npm run train:models — the anger models the service worker runs (src/packs/models/), trained on
// the tuning part of the dev data only and written beside the packs. A model ships only when, in
// 5-fold cross-validation on the tuning part, the rules with it beat the rules alone (MCC +0.02)
// at a precision of at least one half, from at least 200 positive examples; otherwise its file is removed and the rules coach alone.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { detectSignals } from '../src/engine/detect';
import { type Dataset, type Row, loadDatasets, part } from './lib/datasets';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { type Fitted, TRAIN_DEFAULTS, type TrainOptions, fitCharModel } from './lib/train-char-model';

/**
 * Which corpus teaches each language. Outside English, anger and hostility are judged on written
 * text (issue 31): German learns from GermEval's hostile tweets, which also found the subtitles'
 * anger better than a model of the subtitles themselves. The XED subtitles (projected labels of
 * spoken film lines) no longer teach any language: Greek's subtitle model, measured on the written
 * support messages' tuning part, added one angry message and one false alarm (anger P 0.57 → 0.56,
 * messages read wholly right 29 → 28 of 110), so it is not kept; Norwegian's, Slovak's and
 * Chinese's never beat their rules. XED stays a yardstick that npm run eval reports. Written
 * support messages teach every language in npm run train:signals.
 */
const TEACHERS: { language: string; dataset: string; source: string }[] = [
  { language: 'de', dataset: 'germeval hostility (de)', source: 'GermEval 2018 tweets (CC BY 4.0), tuning part' },
];
export const MODELS_DIR = 'src/packs/models';
const MIN_POSITIVES = 200;
const GRID: TrainOptions[] = (
  [
    [1, 3],
    [1, 4],
    [2, 5],
  ] as [number, number][]
).flatMap((n) =>
  [3000, 20000].flatMap((keep) =>
    [
      [8, 1e-5],
      [4, 1e-4],
    ].map(([epochs = 8, l2 = 0]) => ({ ...TRAIN_DEFAULTS, n, keep, epochs, l2 })),
  ),
);

await loadLanguageDetector();
const compiled = compiledFor();
const datasets = loadDatasets();
mkdirSync(MODELS_DIR, { recursive: true });
// A language no corpus teaches any more keeps no model.
for (const f of readdirSync(MODELS_DIR)) {
  const lang = /^anger-([a-z]{2})\.json$/.exec(f)?.[1];
  if (lang && !TEACHERS.some((t) => t.language === lang)) rmSync(`${MODELS_DIR}/${f}`);
}
const f3 = (n: number) => n.toFixed(3);
for (const { language, dataset, source } of TEACHERS) {
  const ds = datasets.find((d) => d.name === dataset) as Dataset;
  const tune = ds.rows.filter((r) => part(r.text) === 'tune');
  const rules = (r: Row) => detectSignals(r.text, compiled, detectLanguageNode(r.text)).some((s) => ds.accepts.includes(s.id));
  const cache = new Map<string, boolean>();
  const ruled = (r: Row) => cache.get(r.text) ?? (cache.set(r.text, rules(r)).get(r.text) as boolean);
  const qualifies = (f: Fitted) => f.cv.withModel.mcc >= f.cv.rules.mcc + 0.02 && f.cv.modelPrecision >= 0.5;
  // The model's shape is chosen like its threshold: by cross-validation on the tuning part. A
  // bigger model must earn its size (the worker holds it): +0.01 MCC.
  const earn = (a: Fitted, b: Fitted) => (Object.keys(a.model.weights).length > Object.keys(b.model.weights).length ? 0.01 : 0);
  let best: Fitted | undefined;
  for (const o of GRID) {
    const fitted = fitCharModel(tune, ruled, { signal: 'anger', language, source }, 0.5, o);
    if (!best || (qualifies(fitted) && (!qualifies(best) || fitted.cv.withModel.mcc > best.cv.withModel.mcc + earn(fitted, best))))
      best = fitted;
  }
  const { model, cv } = best as Fitted;
  const file = `${MODELS_DIR}/anger-${language}.json`;
  const positives = tune.filter((r) => r.positive).length;
  // Below a few hundred examples the cross-validation itself is noise (Chinese: 74, Slovak: 31).
  const ships = positives >= MIN_POSITIVES && qualifies(best as Fitted);
  console.log(
    `${language} (${dataset}, ${tune.length} rows, ${positives} positive): cross-validated MCC rules ${f3(cv.rules.mcc)} → with the model ${f3(cv.withModel.mcc)} (P ${f3(cv.withModel.precision)}; the model's own flags P ${f3(cv.modelPrecision)}) — ${ships ? `ships: n-grams ${model.n.join('–')}, ${Object.keys(model.weights).length} kept` : 'not shipped'}`,
  );
  if (ships) writeFileSync(file, `${JSON.stringify(model)}\n`);
  else if (existsSync(file)) rmSync(file);
}
