// The engine on the command line (Node, no browser).
//   npm run --silent analyze -- --jsonl [--packs a,b]   JSON lines {"id","text"} in, one result line out
//   npm run --silent analyze -- --promises --jsonl      JSON lines {"id","text","sent","lang"?} (a sent agent
//                                                        reply) in, {"id","promise":{"due","words"}|null} out
//   npm run analyze -- ticket.txt [--draft reply.txt] [--method asap] [--packs a,b]
// A ticket file is plain text; lines starting "Customer:", "Agent:", "Note:" start a message
// (a file with no such lines is one customer message).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const packs = option('packs')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

/**
 * JSON lines in, as they arrive, and out in order, in large writes. Blocks of whole lines go to
 * one worker per core but one (scripts/analyze-worker.ts, with its own compiled packs and language
 * detector); this thread then only cuts the input at line ends and writes what comes back, and
 * loads nothing else, so the workers start at once and it never becomes the bottleneck. Where
 * that leaves one worker, this thread loads the worker's module and analyses the blocks itself.
 */
async function jsonl() {
  // One core is left to V8's own threads (garbage collection, optimising compiles): on a two-core
  // machine one worker took 1.33 s for 2 MB and two took 1.59 s (medians of 5; 6.2 MB: 2.25 against 2.39 s).
  const count = Number(process.env.COMPOSURE_WORKERS) || Math.max(1, Math.min(4, availableParallelism() - 1));
  // With one, this thread does the work: no worker to start, no block to pass (2 MB: 1.11 s against 1.15–1.30).
  const analyze = count === 1 ? await inline() : workers(count);
  const pending: Promise<string>[] = [];
  const drain = async (keep: number) => {
    while (pending.length > keep) {
      const out = await (pending.shift() as Promise<string>);
      if (out && !process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r));
    }
  };
  let buffered = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    buffered += chunk;
    if (buffered.length < BLOCK_CHARS) continue;
    const end = buffered.lastIndexOf('\n');
    if (end < 0) continue;
    pending.push(analyze.block(buffered.slice(0, end + 1)));
    buffered = buffered.slice(end + 1);
    await drain(analyze.ahead);
  }
  if (buffered.trim()) pending.push(analyze.block(buffered));
  await drain(0);
  await analyze.close();
}

interface BlockAnalyzer {
  block(text: string): Promise<string>;
  /** How many blocks may wait for their results before input is read on. */
  ahead: number;
  close(): Promise<unknown>;
}

async function inline(): Promise<BlockAnalyzer> {
  const { createBlockAnalyzer } = (await import(
    new URL('./analyze-worker.mjs', import.meta.url).href
  )) as typeof import('./analyze-worker');
  const analyzeBlock = await createBlockAnalyzer(packs);
  return { block: async (text) => analyzeBlock(text), ahead: 0, close: async () => undefined };
}

/** Blocks to `count` workers in turn; results come back in order of sending. */
function workers(count: number): BlockAnalyzer {
  const waiting = new Map<number, (out: string) => void>();
  const all = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./analyze-worker.mjs', import.meta.url), { workerData: { packs } });
    worker.on('message', (m: { id: number; out: string }) => {
      waiting.get(m.id)?.(m.out);
      waiting.delete(m.id);
    });
    worker.on('error', (e: Error) => {
      console.error(e.message);
      process.exit(1);
    });
    return worker;
  });
  let next = 0;
  return {
    block(text) {
      const id = next++;
      const result = new Promise<string>((resolve) => waiting.set(id, resolve));
      (all[id % all.length] as Worker).postMessage({ id, block: text });
      return result;
    },
    ahead: count * 4,
    close: () => Promise.all(all.map((w) => w.terminate())),
  };
}

/** Large enough that a block's cost dwarfs passing it to a worker, small enough to keep every worker busy. */
const BLOCK_CHARS = 128 * 1024;

const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(packs|draft|method)$/));
if (args.includes('--promises') && args.includes('--jsonl')) {
  // Deadlines are read on the writer's clock: the reader gets wall times and a UTC process (read-promise.ts).
  process.env.TZ = 'UTC';
  await (await import('./lib/promises-jsonl')).promisesJsonl();
} else if (args.includes('--jsonl')) await jsonl();
else if (file) await (await import('./lib/report-file')).reportFile(file, packs, option('draft'), option('method'));
else {
  console.error(
    'Usage: npm run --silent analyze -- [--promises] --jsonl  |  npm run analyze -- ticket.txt [--draft reply.txt] [--method help|asap] [--packs a,b]',
  );
  process.exit(2);
}
