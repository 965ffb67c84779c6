// npm run packs:check — every bundled pack: valid against the schema (with every phrase and
// pattern parsed), unchanged by the formatter, and its examples pass.
//   --write   rewrite packs in canonical form first
//   FILE…     also check these pack files (a team's pack before it is rolled out)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Window } from 'happy-dom';
import { invalidSelectors } from '../src/adapters/check-selectors';
import { runSiteExamples } from '../src/adapters/site-examples';
import { runExamples, runRehearsals } from '../src/engine/examples';
import { formatPack } from '../src/engine/format';
import { SLOT_NAMES } from '../src/engine/placeholders';
import type { Pack } from '../src/engine/pack-schema';
import { unsendableTexts } from '../src/engine/sendable';
import { validatePack } from '../src/engine/validate';

const DIR = 'src/packs';
const write = process.argv.includes('--write');
let failed = 0;
const packs: Pack[] = [];

const extra = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = extra.length
  ? extra
  : readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(DIR, f));
for (const path of files) {
  const file = basename(path);
  const raw = readFileSync(path, 'utf8');
  const data = JSON.parse(raw);
  if (write) writeFileSync(path, formatPack(data));
  else if (formatPack(data) !== raw) {
    console.error(`✗ ${file}: not in canonical form (run: npm run packs:check -- --write)`);
    failed++;
  }
  const result = validatePack(data);
  if (!result.ok) {
    console.error(`✗ ${file}: invalid\n${result.errors.map((e) => `    ${e.path}: ${e.message}`).join('\n')}`);
    failed++;
    continue;
  }
  if (`${result.pack.id}.json` !== file) {
    console.error(`✗ ${file}: the file name must be the pack id (${result.pack.id}.json)`);
    failed++;
  }
  // Suggestions and alternatives are inserted as they stand, and agents echo step prompts: none may
  // promise what only the agent can decide, give a reason they did not, or concede fault.
  for (const u of unsendableTexts(result.pack)) {
    console.error(
      `✗ ${file}: ${u.where} ${u.id} (${u.lang}) states ${u.what}: "${u.words}". ${u.guard === 'fault' ? 'Be sorry for the problem without conceding fault.' : `Make it a slot the agent fills ({slot:${SLOT_NAMES.join('}, {slot:')}}).`}`,
    );
    failed++;
  }
  packs.push(result.pack);
}

// Site definitions: their selectors through a real CSS parser (happy-dom's), their examples read as the sidebar would.
const window = new Window({ url: 'https://composure.invalid/' });
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
let siteExamples = 0;
for (const pack of packs)
  for (const site of pack.sites ?? []) {
    const problems = [
      ...invalidSelectors(site, window.document as unknown as Document).map((e) => `${e.path}: ${e.message}`),
      ...runSiteExamples(site, parse).map((f) => `site ${f.site} example ${f.example + 1}: ${f.message}`),
    ];
    siteExamples += site.examples?.length ?? 0;
    for (const p of problems) console.error(`✗ ${pack.id} ${p}`);
    failed += problems.length;
  }

// Examples run with the default-enabled packs alongside, as the sidebar would.
const context = packs.filter((p) => p.defaultEnabled);
let examples = 0;
let rehearsals = 0;
for (const pack of packs) {
  const failures = [...runExamples(pack, context), ...runRehearsals(pack, context)];
  examples += pack.examples?.length ?? 0;
  rehearsals += (pack.scenarios ?? []).reduce((n, s) => n + (s.rehearsals?.length ?? 0), 0);
  for (const f of failures)
    console.error(`✗ ${pack.id} ${f.message.startsWith('scenario') ? '' : `example ${f.example + 1}: `}${f.message}`);
  failed += failures.length;
  if (!failures.length) console.log(`✓ ${pack.id} ${pack.version}: ${pack.examples?.length ?? 0} examples`);
}
console.log(
  `\n${packs.length} packs, ${examples} examples, ${rehearsals} scenario rehearsals and ${siteExamples} site examples: ${failed} failed`,
);
process.exit(failed ? 1 : 0);
