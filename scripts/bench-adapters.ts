// npm run bench:adapters — in real Chromium: how long an adapter takes to read a 300-message
// ticket (the real adapter code, bundled into the page for timing), and whether any Composure
// code runs on an idle ticket page (a CPU profile of 10 s with nothing happening).
import { resolve } from 'node:path';
import { build } from 'vite';
import { Sidebar, launch } from '../test/e2e/chromium';
import { routeFixture } from '../test/e2e/fixtures';

const MESSAGES = 300;
const IDLE_MS = 10_000;

// The adapters, as the content script has them, exposed for the timing page only.
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  publicDir: false,
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve('scripts/lib/adapters-entry.ts'), formats: ['iife'], name: 'composureAdapters' },
  },
});
const code = ((Array.isArray(bundle) ? bundle[0] : bundle) as { output: { code: string }[] }).output[0]?.code ?? '';

const session = await launch();
await routeFixture(session.context, 'https://acme.zendesk.com', 'test/fixtures/zendesk');
const page = await session.context.newPage();
await page.goto('https://acme.zendesk.com/agent/tickets/101');
const sidebar = await Sidebar.find(page);
await sidebar.waitForText('Maya Okafor');

// Grow ticket 101 to 300 messages of the fixture's own structure.
await page.evaluate((n) => {
  const log = document.querySelector('[data-ticket-id="101"] [data-test-id="omni-log-container"]') as Element;
  const samples = [...log.children];
  while (log.children.length < n) log.append(samples[log.children.length % samples.length]?.cloneNode(true) as Node);
}, MESSAGES);
await page.addScriptTag({ content: code });
const timings = await page.evaluate(() => {
  const { zendesk } = (
    window as unknown as {
      composureAdapters: { zendesk: { readTicket(d: Document, u: URL): { ok: boolean; ticket?: { messages: unknown[] } } } };
    }
  ).composureAdapters;
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const result = zendesk.readTicket(document, new URL(location.href));
    runs.push(performance.now() - started);
    count = result.ticket?.messages.length ?? 0;
  }
  return { runs: runs.sort((a, b) => a - b), count };
});
console.log(
  `Reading a ${timings.count}-message Zendesk ticket: median ${timings.runs[10]?.toFixed(2)} ms, worst ${timings.runs[19]?.toFixed(2)} ms   (target < 20 ms)`,
);

// Idle: a fresh page view, settled, then profiled with nothing happening.
const idle = await session.context.newPage();
await idle.goto('https://acme.zendesk.com/agent/tickets/101');
await (await Sidebar.find(idle)).waitForText('Maya Okafor');
await idle.waitForTimeout(1_000);
const cdp = await session.context.newCDPSession(idle);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await idle.waitForTimeout(IDLE_MS);
const { profile } = await cdp.send('Profiler.stop');
const ours = new Set(
  profile.nodes.filter((n) => n.callFrame.url.startsWith(`chrome-extension://${session.extensionId}/`)).map((n) => n.id),
);
const samples = (profile.samples ?? []).filter((id) => ours.has(id)).length;
const functions = [
  ...new Set(profile.nodes.filter((n) => ours.has(n.id) && (n.hitCount ?? 0) > 0).map((n) => n.callFrame.functionName || '(anonymous)')),
];
console.log(
  `Idle ticket page, ${IDLE_MS / 1000} s profiled at 0.1 ms: ${samples} samples in Composure code${functions.length ? ` (${functions.join(', ')})` : ''}   (target 0: no timers, no observer callbacks)`,
);

// Control: the same profile while a customer message arrives must see Composure working,
// or the zero above would prove nothing.
await cdp.send('Profiler.start');
await idle.evaluate(() => {
  const log = document.querySelector('[data-ticket-id="101"] [data-test-id="omni-log-container"]') as Element;
  log.append(log.lastElementChild?.cloneNode(true) as Node);
});
await idle.waitForTimeout(1_000);
const control = (await cdp.send('Profiler.stop')).profile;
const controlOurs = new Set(
  control.nodes.filter((n) => n.callFrame.url.startsWith(`chrome-extension://${session.extensionId}/`)).map((n) => n.id),
);
console.log(
  `Control, a new message arrives: ${(control.samples ?? []).filter((id) => controlOurs.has(id)).length} samples in Composure code (must be > 0)`,
);
await session.close();
