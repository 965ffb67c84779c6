import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/engine/pack-schema';
import { WORDING_LANGUAGES, wordingPage, wordings } from '../../scripts/lib/wording';

const packs: Pack[] = readdirSync('src/packs')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`src/packs/${f}`, 'utf8')));

describe("the native readers' pages (docs/wording/<lang>.md)", () => {
  for (const lang of Object.keys(WORDING_LANGUAGES))
    it(`${lang}: lists every customer-facing string as shipped (npm run wording -- --write)`, () => {
      const page = readFileSync(`docs/wording/${lang}.md`, 'utf8');
      expect(page).toBe(wordingPage(packs, lang));
      for (const w of wordings(packs).filter((x) => x.lang === lang)) expect(page).toContain(`\`${w.id}\``);
    });
});
