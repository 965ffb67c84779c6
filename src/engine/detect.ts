import type { CompiledPacks } from './compile';
import { MAX_MESSAGE_CHARS, sanitizeText } from './normalize';
import { scanText } from './scan';
import { SHOW_THRESHOLD, messageSignals } from './signals';
import { JUNK, textHints } from './text-hints';
import type { Signal } from './types';

/**
 * The signals of one customer message, and nothing else: what `npm run analyze -- --jsonl`
 * and the evaluation need. The same rules and thresholds as `analyze` on a one-message ticket.
 */
export function detectSignals(text: string, compiled: CompiledPacks, language?: string): Signal[] {
  // One pass says whether there is junk to blank out, and everything the scan needs to know.
  const hints = textHints(text);
  const clean = (hints & JUNK ? sanitizeText(text) : text).slice(0, MAX_MESSAGE_CHARS);
  const scan = scanText(clean, compiled, language, 'customer', hints);
  if (!scan.size) return [];
  const out: Signal[] = [];
  for (const s of messageSignals(scan, compiled, 0)) if (s.confidence >= SHOW_THRESHOLD) out.push(s);
  return out.length > 1 ? out.sort((a, b) => b.confidence - a.confidence) : out;
}
