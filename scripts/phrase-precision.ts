// How precise each phrase is on a labelled corpus's tuning part: the measurement behind every
// phrase chosen for a lexicon (docs/lexicons.md). Never looks at the check part.
//   npm run --silent phrases -- --dataset "xed anger (de)" --lang de < candidates.txt   one phrase a line
//   npm run --silent phrases -- --dataset "xed anger (de)" --lang de --rule core-signals/anger-strong [--fp]
import { readFileSync } from 'node:fs';
import { BUNDLED_PACKS } from '../src/packs';
import { loadDatasets, part } from './lib/datasets';
import { phraseStats, wilson } from './lib/phrase-stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = option('lang') ?? 'en';
const dataset = loadDatasets().find((d) => d.name === option('dataset'));
if (!dataset) {
  console.error(
    `--dataset: one of ${loadDatasets()
      .map((d) => JSON.stringify(d.name))
      .join(', ')}`,
  );
  process.exit(2);
}

/** The phrases to measure: a bundled rule's (for one language), or one a line on stdin. */
function phrases(): string[] {
  const rule = option('rule');
  if (!rule)
    return readFileSync(0, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  const [packId, ruleId] = rule.split('/');
  const found = BUNDLED_PACKS.find((p) => p.id === packId)?.signals?.find((s) => s.id === ruleId);
  if (!found) throw new Error(`No rule ${rule}`);
  return found.phrases?.[lang] ?? [];
}

const rows = dataset.rows.filter((r) => part(r.text) === 'tune');
const stats = phraseStats(phrases(), lang, rows, dataset.signal);
const base = rows.filter((r) => r.positive).length / rows.length;
console.log(`${dataset.name}, tuning part: ${rows.length} rows, ${(100 * base).toFixed(0)} % positive\n`);
console.log('precision  wilson  hits  phrase');
for (const s of stats.sort((a, b) => wilson(b) - wilson(a))) {
  const p = s.hits ? (s.positive / s.hits).toFixed(2).padStart(6) : '     –';
  const fp = args.includes('--fp') && s.examples.length ? `   FP: ${s.examples.join(' | ')}` : '';
  console.log(`${p}   ${wilson(s).toFixed(2).padStart(6)} ${String(s.hits).padStart(5)}  ${s.phrase}${fp}`);
}
