// npm run bench — engine speed next to AFINN and VADER on the same text, in the same run.
// Every bundled pack is enabled. Figures are medians; ratios are what to compare.
import { analyze } from '../src/engine/analyze';
import { detectSignals } from '../src/engine/detect';
import { compileSafeRegex } from '../src/engine/safe-regex';
import type { Message } from '../src/engine/types';
import { BUNDLED_PACKS } from '../src/packs';
import { afinnScore, vaderScore } from './lib/baselines';
import { loadDatasets } from './lib/datasets';
import { compiledFor } from './lib/engine-node';

const compiled = compiledFor(BUNDLED_PACKS.map((p) => p.id));
const texts = [...new Set(loadDatasets().flatMap((d) => d.rows.map((r) => r.text)))];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function throughput(label: string, fn: (text: string) => unknown, rounds = 3): number {
  for (const t of texts.slice(0, 2000)) fn(t); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const t of texts) fn(t);
    runs.push(performance.now() - started);
  }
  const ms = median(runs);
  const mbs = bytes / 1e6 / (ms / 1000);
  console.log(
    `  ${label.padEnd(34)} ${mbs.toFixed(2).padStart(7)} MB/s   (${ms.toFixed(0)} ms for ${texts.length.toLocaleString('en')} messages)`,
  );
  return mbs;
}

function timeIt(fn: () => unknown, runs = 50): number {
  for (let i = 0; i < 5; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

console.log(
  `Dev corpora: ${texts.length.toLocaleString('en')} distinct messages, ${(bytes / 1e6).toFixed(2)} MB; ${compiled.packIds.length} packs, ${compiled.index.size.toLocaleString('en')} phrases\n`,
);
console.log('Throughput (one message per analysis; signals for Composure, a score for the baselines)');
const afinn = throughput('AFINN (npm sentiment)', afinnScore);
const ours = throughput('Composure detectSignals()', (text) => detectSignals(text, compiled, 'en'));
const full = throughput('Composure analyze() (+ method, advice)', (text) =>
  analyze({ helpdesk: 'bench', messages: [{ role: 'customer', text }] }, '', compiled, { language: 'en' }),
);
const vader = throughput('VADER (npm vader-sentiment)', vaderScore, 1);
console.log(
  `  ratio (signals): ${(ours / afinn).toFixed(2)}× AFINN, ${(ours / vader).toFixed(2)}× VADER; full analysis ${(full / afinn).toFixed(2)}× AFINN\n`,
);

// A 100 KB thread of 200 messages, customer and agent turns, from real dev text.
const thread: Message[] = [];
for (let i = 0; thread.length < 200; i++) {
  const text = texts[(i * 7919) % texts.length] as string;
  const padded =
    text.length < 500
      ? `${text} ${texts[(i * 104729) % texts.length]}`.repeat(Math.ceil(500 / (text.length + 1))).slice(0, 500)
      : text.slice(0, 500);
  thread.push({ role: i % 2 ? 'agent' : 'customer', text: padded });
}
const threadKb = thread.reduce((n, m) => n + Buffer.byteLength(m.text), 0) / 1024;
const draft = 'Hi Dana, I am sorry about this. If I understand correctly the router still drops. '.repeat(25).slice(0, 2048);
const threadMs = timeIt(() => analyze({ helpdesk: 'bench', messages: thread }, '', compiled, { language: 'en' }), 30);
const small = [{ role: 'customer' as const, text: 'This is the third time, I want a refund!' }];
const draftMs =
  timeIt(() => analyze({ helpdesk: 'bench', messages: small }, draft, compiled, { language: 'en' })) -
  timeIt(() => analyze({ helpdesk: 'bench', messages: small }, '', compiled, { language: 'en' }));
const compileMs = timeIt(() => compiledFor(BUNDLED_PACKS.map((p) => p.id)), 20);
const evil = `${'a'.repeat(10_000)}!`;
const regexMs = timeIt(() => compileSafeRegex('(a+)+$').exec(evil), 10);
console.log('Latency (median)');
console.log(`  ${threadKb.toFixed(0)} KB thread, 200 messages:          ${threadMs.toFixed(2)} ms   (target < 10 ms)`);
console.log(`  2 KB draft check:                       ${draftMs.toFixed(3)} ms   (target < 1 ms)`);
console.log(`  compiling every bundled pack:           ${compileMs.toFixed(2)} ms   (once per settings change)`);
console.log(`  (a+)+$ against 10,000 "a" + "!":        ${regexMs.toFixed(2)} ms   (target < 50 ms; a backtracking engine never returns)`);
