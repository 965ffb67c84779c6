// A worker of `npm run analyze -- --jsonl` (scripts/analyze.ts): blocks of JSON lines in,
// their result lines out. Each worker has its own compiled packs and language detector. With
// one worker's worth of cores, the main thread loads this module and does the work itself.
import { parentPort, workerData } from 'node:worker_threads';
import { detectLanguageNode, loadLanguageDetector } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { detectWithModels, loadModels } from './lib/models-node';

const models = loadModels();

/** One input line, one output line: never a crash, a line that is not JSON says so. */
export function analyzeLine(line: string, compiled: ReturnType<typeof compiledFor>): string {
  let input: { id?: unknown; text?: unknown };
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'line is not JSON' });
  }
  const text = typeof input?.text === 'string' ? input.text : '';
  const language = text.trim() ? detectLanguageNode(text) : 'und';
  const signals = detectWithModels(text, compiled, language, models).map((s) => ({
    id: s.id,
    confidence: s.confidence,
    evidence: s.evidence.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
    rule: s.rule,
  }));
  return JSON.stringify({ id: input?.id ?? null, language, signals });
}

/** The engine for one thread, ready: its compiled packs and language detector, blocks of lines in, result lines out. */
export async function createBlockAnalyzer(packs?: string[]): Promise<(block: string) => string> {
  await loadLanguageDetector();
  const compiled = compiledFor(packs);
  return (block) => {
    let out = '';
    for (const line of block.split('\n')) if (line.trim()) out += `${analyzeLine(line, compiled)}\n`;
    return out;
  };
}

if (parentPort) {
  const analyzeBlock = await createBlockAnalyzer((workerData as { packs?: string[] })?.packs);
  parentPort.on('message', ({ id, block }: { id: number; block: string }) => parentPort?.postMessage({ id, out: analyzeBlock(block) }));
}
