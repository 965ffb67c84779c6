// npm run train:language — the neighbour-language model of the command line
// (scripts/lib/neighbour-languages.json): Norwegian against Danish and Swedish, Slovak against
// Czech, from Chromium's interface strings in those languages (Debian's chromium-l10n, BSD
// licence). Only the strings after the first 800 of each language teach it: the first 400 are
// the tuning part and the next 400 the check part of `npm run eval`'s language report.
import { writeFileSync } from 'node:fs';
import { trainNeighbourModel } from './lib/neighbour-model';
import { interfaceStrings } from './lib/ui-strings';

const NEIGHBOUR_GROUPS = [
  ['no', 'da', 'sv'],
  ['sk', 'cs'],
];
const rows = interfaceStrings(['nb', 'da', 'sv', 'sk', 'cs'], 'train');
if (!rows) {
  console.error('Needs Chromium’s interface strings: apt-get install chromium-l10n');
  process.exit(1);
}
const named = rows.map((r) => ({ lang: r.lang === 'nb' ? 'no' : r.lang, text: r.text }));
const models = NEIGHBOUR_GROUPS.map((group) => trainNeighbourModel(named, group));
const file = 'scripts/lib/neighbour-languages.json';
writeFileSync(file, `${JSON.stringify(models)}\n`);
for (const m of models)
  console.log(
    `${m.languages.join('/')}: ${Object.keys(m.grams).length} n-grams from ${m.languages.map((l) => `${named.filter((r) => r.lang === l).length} ${l}`).join(', ')}`,
  );
console.log(`${file}: ${(JSON.stringify(models).length / 1024).toFixed(0)} kB`);
