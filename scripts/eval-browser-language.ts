// npm run eval:browser-language — language identification as the extension does it: Chromium's
// own detector (chrome.i18n.detectLanguage, asked in the built extension's service worker) and
// then languageFromDetector, on the same lines and reports as npm run eval (tuning and check parts).
// Needs `npm run build` and Chromium; Chromium's interface strings need chromium-l10n.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { guessLanguage, languageFromDetector } from '../src/engine/language';
import { chromiumArgs, chromiumPath, version } from './lib/browsers';
import { languageLines, languageReport, nonSeedReport } from './lib/language-report';
import { SEED_LOCALES, interfaceStrings, nonSeedLines } from './lib/ui-strings';

const parts = ['tune', 'check'] as const;
const texts = [
  ...new Set(
    parts.flatMap((p) => [
      ...languageLines(p).map((l) => l.text),
      ...(nonSeedLines(p) ?? []).map((l) => l.text),
      ...(interfaceStrings(Object.values(SEED_LOCALES), p) ?? []).map((l) => l.text),
    ]),
  ),
];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'composure-cld-')), {
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs(resolve('dist')),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const answers = new Map<string, { language: string; reliable: boolean }>();
for (let i = 0; i < texts.length; i += 500) {
  const batch = texts.slice(i, i + 500);
  const got = await worker.evaluate(
    async (lines) =>
      Promise.all(
        lines.map(async (text) => {
          const r = await chrome.i18n.detectLanguage(text);
          return { language: r.languages[0]?.language ?? 'und', reliable: r.isReliable };
        }),
      ),
    batch,
  );
  for (const [k, text] of batch.entries()) answers.set(text, got[k] as { language: string; reliable: boolean });
}
await context.close();

// As the extension reads a ticket: the detector's answer, else the engine's own guess (analyze.ts).
const detect = (text: string) => languageFromDetector(answers.get(text), text) ?? guessLanguage(text).language;
console.log(`${version(chromiumPath())}: ${texts.length} lines asked`);
for (const p of parts) languageReport(detect, p);
for (const p of parts) nonSeedReport(detect, p);
