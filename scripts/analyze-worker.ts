// A worker of `npm run analyze -- --jsonl` (scripts/analyze.ts): blocks of JSON lines in,
// their result lines out. Each worker has its own compiled packs and language detector.
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

if (parentPort) {
  await loadLanguageDetector();
  const compiled = compiledFor((workerData as { packs?: string[] })?.packs);
  parentPort.on('message', ({ id, block }: { id: number; block: string }) => {
    let out = '';
    for (const line of block.split('\n')) if (line.trim()) out += `${analyzeLine(line, compiled)}\n`;
    parentPort?.postMessage({ id, out });
  });
}
