// npm start: build, serve the demo helpdesk, open Chromium with Composure on the demo ticket.
//   npm start -- --headless --screenshot out.png   writes a screenshot and exits.
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BrowserMissing, chromiumArgs, chromiumPath } from './lib/browsers';
import { DEMO_MOUNT, serve } from './lib/serve';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotIndex = args.indexOf('--screenshot');
const screenshot = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
const dark = args.includes('--dark');
const port = Number(process.env.PORT ?? 4173);

async function main() {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (e) {
    if (e instanceof BrowserMissing) {
      console.error(`npm start needs a browser: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  if (!args.includes('--no-build')) execSync('npm run --silent build', { stdio: 'inherit' });
  const site = await serve(DEMO_MOUNT, port).catch(() => serve(DEMO_MOUNT, 0));
  const url = `${site.origin}/composure-demo/`;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'composure-profile-')), {
    executablePath,
    headless,
    args: chromiumArgs(resolve('dist')),
    viewport: { width: 1400, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Composure demo: ${url}`);
  if (screenshot) {
    // The sidebar lives in a closed shadow root; wait until it has coached the ticket.
    await page.waitForFunction(() => document.documentElement.lastElementChild?.tagName === 'DIV', null, { timeout: 10_000 });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot written to ${screenshot}`);
  }
  if (headless) {
    await context.close();
    await site.close();
    return;
  }
  console.log('Close the browser window to stop.');
  context.on('close', () => void site.close().then(() => process.exit(0)));
}

void main();
