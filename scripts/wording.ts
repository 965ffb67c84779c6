// npm run wording — every customer-facing string per language (docs/wording/<lang>.md), for native readers.
//   --write   rewrite the pages; without it, say which are out of date and exit 1
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Pack } from '../src/engine/pack-schema';
import { WORDING_LANGUAGES, wordingPage } from './lib/wording';

const packs: Pack[] = readdirSync('src/packs')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`src/packs/${f}`, 'utf8')));
const write = process.argv.includes('--write');
let stale = 0;
for (const lang of Object.keys(WORDING_LANGUAGES)) {
  const path = `docs/wording/${lang}.md`;
  const page = wordingPage(packs, lang);
  if (write) writeFileSync(path, page);
  else if (readFileSync(path, 'utf8') !== page) {
    console.error(`✗ ${path} is out of date (npm run wording -- --write)`);
    stale++;
  }
}
process.exit(stale ? 1 : 0);
