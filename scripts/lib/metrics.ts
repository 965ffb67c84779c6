export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  mcc: number;
}

export function score(predicted: boolean[], actual: boolean[]): Scores {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  predicted.forEach((p, i) => {
    const a = actual[i];
    if (p && a) tp++;
    else if (p) fp++;
    else if (a) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  const mcc = denominator ? (tp * tn - fp * fn) / denominator : 0;
  return { tp, fp, fn, tn, precision, recall, f1, mcc };
}

/** A baseline at its best threshold for F1: flag rows whose score is at or below t. */
export function bestThreshold(values: number[], actual: boolean[]): Scores & { threshold: number } {
  let best = {
    ...score(
      values.map(() => false),
      actual,
    ),
    threshold: Number.NaN,
  };
  for (const t of [...new Set(values)].sort((a, b) => a - b)) {
    const s = score(
      values.map((v) => v <= t),
      actual,
    );
    if (s.f1 > best.f1) best = { ...s, threshold: t };
  }
  return best;
}
