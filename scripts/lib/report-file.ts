import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import { parseTicketFile } from '../../src/engine/ticket-text';
import { detectLanguageNode, loadLanguageDetector } from './detect-language';
import { compiledFor } from './engine-node';
import { printReport } from './report';

/** `npm run analyze -- ticket.txt [--draft reply.txt]`: a readable report of one ticket. */
export async function reportFile(file: string, packs?: string[], draftFile?: string, method?: string): Promise<void> {
  await loadLanguageDetector();
  const compiled = compiledFor(packs);
  const { messages, ...head } = parseTicketFile(readFileSync(file, 'utf8'));
  const draft = draftFile ? readFileSync(draftFile, 'utf8') : '';
  const customerText = messages
    .filter((m) => m.role === 'customer')
    .map((m) => m.text)
    .join('\n');
  const language = customerText.trim() ? detectLanguageNode(customerText) : undefined;
  const result = analyze({ helpdesk: 'cli', ...head, messages }, draft, compiled, { method, language });
  printReport(result, messages, draft);
}
