/**
 * Telling close neighbours apart (Norwegian, Danish and Swedish; Slovak and Czech) where function
 * words cannot: a naive Bayes model of character 1–4-grams, learnt from Chromium's interface
 * strings in those languages (npm run train:language). The command line uses it; the extension
 * relies on the browser's detector and ships no model.
 */
export interface NeighbourModel {
  /** The group's languages; the first is the one Composure coaches in. */
  languages: string[];
  /** Each kept n-gram's log-probability per language, rounded. */
  grams: Record<string, number[]>;
}

/** The text's character 1–4-grams: lower case, letters only, words padded with a space. */
export function letterGrams(text: string): string[] {
  const padded = ` ${text
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;
  const out: string[] = [];
  for (let n = 1; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  return out;
}

/**
 * Multinomial naive Bayes with add-½ smoothing. Only n-grams seen at least `minCount` times are
 * kept: rarer ones are mostly names and product words, and they make the file large.
 */
export function trainNeighbourModel(rows: { lang: string; text: string }[], languages: string[], minCount = 10): NeighbourModel {
  const counts = languages.map(() => new Map<string, number>());
  const totals = languages.map(() => 0);
  for (const row of rows) {
    const k = languages.indexOf(row.lang);
    if (k < 0) continue;
    const mine = counts[k] as Map<string, number>;
    const rowGrams = letterGrams(row.text);
    for (const g of rowGrams) mine.set(g, (mine.get(g) ?? 0) + 1);
    totals[k] = (totals[k] as number) + rowGrams.length;
  }
  const vocabulary = new Set(counts.flatMap((m) => [...m.keys()]));
  const alpha = 0.5;
  const grams: Record<string, number[]> = {};
  for (const g of vocabulary) {
    const seen = counts.map((m) => m.get(g) ?? 0);
    if (seen.reduce((a, b) => a + b, 0) < minCount) continue;
    grams[g] = seen.map((n, k) => Number(Math.log((n + alpha) / ((totals[k] as number) + alpha * vocabulary.size)).toFixed(1)));
  }
  return { languages, grams };
}

/**
 * The group's language the text's n-grams favour by at least `margin` (natural log of the
 * likelihood ratio over the runner-up), or undefined: a margin grows with the text, so short
 * lines, where the languages write the same words, are left undecided.
 */
export function tellApart(model: NeighbourModel, text: string, margin: number): string | undefined {
  const scores = model.languages.map(() => 0);
  for (const g of letterGrams(text)) {
    const p = model.grams[g];
    if (p) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (p[k] as number);
  }
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
  const runnerUp = Math.max(...scores.filter((_, k) => k !== best));
  return (scores[best] as number) - runnerUp >= margin ? model.languages[best] : undefined;
}
