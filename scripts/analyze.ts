// The engine on the command line (Node, no browser).
//   npm run --silent analyze -- --jsonl [--packs a,b]   JSON lines {"id","text"} in, one result line out
//   npm run analyze -- ticket.txt [--draft reply.txt] [--method asap] [--packs a,b]
// A ticket file is plain text; lines starting "Customer:", "Agent:", "Note:" start a message
// (a file with no such lines is one customer message).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../src/engine/analyze';
import { detectSignals } from '../src/engine/detect';
import { parseTicketText } from '../src/engine/ticket-text';
import { detectLanguageNode } from './lib/detect-language';
import { compiledFor } from './lib/engine-node';
import { printReport } from './lib/report';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const packs = option('packs')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

async function jsonl() {
  const compiled = compiledFor(packs);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: 'line is not JSON' })}\n`);
      continue;
    }
    const text = typeof input.text === 'string' ? input.text : '';
    const language = text.trim() ? detectLanguageNode(text) : 'und';
    const signals = detectSignals(text, compiled, language).map((s) => ({
      id: s.id,
      confidence: s.confidence,
      evidence: s.evidence.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
      rule: s.rule,
    }));
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, language, signals })}\n`);
  }
}

function report(file: string) {
  const compiled = compiledFor(packs);
  const messages = parseTicketText(readFileSync(file, 'utf8'));
  const draftFile = option('draft');
  const draft = draftFile ? readFileSync(draftFile, 'utf8') : '';
  const customerText = messages
    .filter((m) => m.role === 'customer')
    .map((m) => m.text)
    .join('\n');
  const language = customerText.trim() ? detectLanguageNode(customerText) : undefined;
  const result = analyze({ helpdesk: 'cli', messages }, draft, compiled, { method: option('method'), language });
  printReport(result, messages, draft);
}

const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(packs|draft|method)$/));
if (args.includes('--jsonl')) await jsonl();
else if (file) report(file);
else {
  console.error(
    'Usage: npm run --silent analyze -- --jsonl  |  npm run analyze -- ticket.txt [--draft reply.txt] [--method help|asap] [--packs a,b]',
  );
  process.exit(2);
}
