import type { CompiledPacks } from './compile';
import { MAX_MESSAGE_CHARS, sanitizeText } from './normalize';
import { scanText } from './scan';
import { SHOW_THRESHOLD, messageSignals } from './signals';
import type { Signal } from './types';

/**
 * The signals of one customer message, and nothing else: what `npm run analyze -- --jsonl`
 * and the evaluation need. The same rules and thresholds as `analyze` on a one-message ticket.
 */
export function detectSignals(text: string, compiled: CompiledPacks, language?: string): Signal[] {
  const clean = sanitizeText(text).slice(0, MAX_MESSAGE_CHARS);
  return messageSignals(scanText(clean, compiled, language), compiled, 0)
    .filter((s) => s.confidence >= SHOW_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence)
    .map((s) => ({ ...s, scope: 'latest' as const, rule: s.rules[0] as Signal['rule'] }));
}
