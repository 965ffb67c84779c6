import { type CharModel, charGrams, modelEvidence, modelScore, modelText } from '../../src/engine/char-model';
import type { Row } from './datasets';
import { type Scores, score } from './metrics';

export interface TrainOptions {
  n: [number, number];
  epochs: number;
  /** Learning rate and L2 penalty of the stochastic gradient descent. */
  rate: number;
  l2: number;
  /** How many n-grams to keep (largest weights): the model's size. */
  keep: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { n: [1, 4], epochs: 8, rate: 0.2, l2: 1e-5, keep: 6000 };

/** A seeded generator, so the same rows always train the same model. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by stochastic gradient descent over each row's distinct n-grams, the rare
 * class weighted up so that it is not simply ignored; then only the `keep` largest weights stay.
 */
export function trainCharModel(rows: Row[], o: TrainOptions = TRAIN_DEFAULTS): Pick<CharModel, 'n' | 'bias' | 'weights'> {
  const index = new Map<string, number>();
  const xs = rows.map((r) => [...charGrams(modelText(r.text), o.n)].map((g) => index.get(g) ?? index.set(g, index.size).get(g) ?? 0));
  const w = new Float64Array(index.size);
  const positives = rows.filter((r) => r.positive).length;
  const upweight = Math.sqrt((rows.length - positives) / Math.max(1, positives));
  let bias = 0;
  const random = mulberry32(1);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const x = xs[i] as number[];
      let z = bias;
      for (const k of x) z += w[k] as number;
      const y = rows[i]?.positive ? 1 : 0;
      const gradient = (1 / (1 + Math.exp(-z)) - y) * (y ? upweight : 1);
      const step = o.rate / Math.sqrt(x.length || 1);
      for (const k of x) w[k] = (w[k] as number) - step * (gradient + o.l2 * (w[k] as number));
      bias -= o.rate * 0.1 * gradient;
    }
  }
  const grams = [...index.keys()];
  const kept = grams
    .map((g, k) => [g, w[k] as number] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, o.keep);
  // Three significant digits are plenty for a score compared with one threshold; they halve the file.
  const weights = Object.fromEntries(kept.map(([g, v]) => [g, Number(v.toPrecision(3))]));
  return { n: o.n, bias: Number(bias.toPrecision(4)), weights };
}

export interface Fitted {
  model: CharModel;
  /** Cross-validated on the tuning part (5 folds): the rules alone, and the rules with the model. */
  cv: { rules: Scores; withModel: Scores; modelPrecision: number };
}

/**
 * Trains on the tuning rows and picks the threshold by 5-fold cross-validation on them: the
 * highest MCC of "the rules or the model" whose precision stays at or above `floor` (an agent
 * ignores a sidebar that is wrong more often than right). `rules` says whether the rules already
 * flag a row.
 */
export function fitCharModel(
  tune: Row[],
  rules: (r: Row) => boolean,
  meta: Pick<CharModel, 'signal' | 'language' | 'source'>,
  floor = 0.5,
  o: TrainOptions = TRAIN_DEFAULTS,
): Fitted {
  const folds = 5;
  const scores: number[] = [];
  const actual: boolean[] = [];
  const ruled: boolean[] = [];
  for (let k = 0; k < folds; k++) {
    const m = {
      ...meta,
      ...trainCharModel(
        tune.filter((_, i) => i % folds !== k),
        o,
      ),
      threshold: 0,
      precision: 0,
    };
    tune.forEach((r, i) => {
      if (i % folds !== k) return;
      // As the extension flags: a score with no word to show for it is no signal (char-model.ts).
      scores.push(modelEvidence(m, r.text, 0).length ? modelScore(m, r.text) : Number.NEGATIVE_INFINITY);
      actual.push(r.positive);
      ruled.push(rules(r));
    });
  }
  const sorted = [...scores].sort((a, b) => a - b);
  let best = { threshold: Number.POSITIVE_INFINITY, s: score(ruled, actual) };
  // Thresholds at the quantiles from the median up: the model flags at most half the rows.
  for (let q = 0.5; q < 0.995; q += 0.005) {
    const threshold = sorted[Math.floor(q * sorted.length)] as number;
    const s = score(
      scores.map((x, i) => x >= threshold || (ruled[i] as boolean)),
      actual,
    );
    if (s.mcc > best.s.mcc && s.precision >= floor) best = { threshold, s };
  }
  const alone = score(
    scores.map((x) => x >= best.threshold),
    actual,
  );
  const round = (n: number) => Number(n.toPrecision(4));
  return {
    model: { ...meta, ...trainCharModel(tune, o), threshold: round(best.threshold), precision: round(alone.precision) },
    cv: { rules: score(ruled, actual), withModel: best.s, modelPrecision: alone.precision },
  };
}
