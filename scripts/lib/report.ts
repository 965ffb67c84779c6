import type { GuardFinding } from '../../src/engine/guard';
import { fillSlots } from '../../src/engine/placeholders';
import type { Coaching, Message } from '../../src/engine/types';

import english from '../../public/_locales/en/messages.json';

const en: Record<string, { message: string }> = english;

/** A guard finding as the sidebar says it (the English strings), with its evidence. */
function guardLine(f: GuardFinding, messages: Message[]): string {
  const say = (key: string, ...subs: string[]) =>
    (en[key]?.message ?? key).replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? '');
  const text = {
    'send-internal-text': () => say('guardInternalText'),
    'send-unfilled': () => say('guardUnfilled', f.text),
    'send-wrong-name': () => say('guardWrongName', f.text, (f.known ?? []).join(', ')),
    'send-foreign-contact': () => say('guardForeignContact', f.text),
    'send-payment-data': () => say(f.kind === 'iban' ? 'guardPaymentIban' : 'guardPaymentCard'),
  }[f.id]();
  const source = f.source
    ? `\n      from message ${f.source.message + 1} (${messages[f.source.message]?.role}): "${messages[f.source.message]?.text.slice(f.source.start, f.source.end)}"`
    : '';
  return `  ✋ ${f.id.padEnd(21)} "${f.text}"  ${text}${source}`;
}

/** The readable report of `npm run analyze -- ticket.txt`. */
export function printReport(result: Coaching, messages: Message[], draft: string): void {
  const out: string[] = [];
  const quote = (e: { message: number; start: number; end: number }) =>
    `"${(e.message < 0 ? draft : (messages[e.message]?.text ?? '')).slice(e.start, e.end)}"`;
  out.push(`Language: ${result.language}    Messages: ${messages.length}`);
  out.push('', 'Signals');
  if (!result.signals.length) out.push('  (none)');
  for (const s of result.signals) {
    out.push(
      `  ${s.id.padEnd(20)} ${(s.confidence * 100).toFixed(0).padStart(3)} %  ${s.scope.padEnd(6)}  ${s.evidence.slice(0, 4).map(quote).join(', ')}`,
    );
    out.push(`  ${''.padEnd(20)}         rule ${s.rule.pack}/${s.rule.id} · ${s.rule.source}`);
  }
  if (result.method) {
    out.push('', `Method: ${result.method.name}`);
    for (const step of result.method.steps) {
      const mark = step.done ? '✓' : step.id === result.method.next ? '→' : '·';
      out.push(`  ${mark} ${step.name}${step.done ? ` (in ${step.by === 'draft' ? 'the draft' : 'an earlier reply'})` : ''}`);
    }
    const next = result.method.steps.find((s) => s.id === result.method?.next);
    if (next) out.push(`  Next: ${next.prompt}`);
  }
  out.push('', 'Suggestions');
  // Slots print as the blanks the agent fills: [time], [offer]…
  for (const s of result.suggestions)
    out.push(`  [${s.kind}] ${fillSlots(s.text, {}, (slot) => slot)}`, `      ${s.rule.pack}/${s.rule.id} · ${s.rule.source}`);
  out.push('', `Draft (${result.draft.words} words)`);
  if (!draft.trim()) out.push('  (no draft: pass --draft reply.txt)');
  else if (!result.draft.warnings.length && !result.draft.guard?.length) out.push('  Ready to send: nothing to fix.');
  for (const f of result.draft.guard ?? []) out.push(guardLine(f, messages));
  for (const w of result.draft.warnings) {
    out.push(`  ! ${w.why}${w.span ? `  at "${draft.slice(w.span[0], w.span[1])}"` : ''}`);
    for (const alt of w.alternatives) out.push(`      try: ${alt}`);
    out.push(`      ${w.rule.pack}/${w.rule.id} · ${w.rule.source}`);
  }
  for (const note of result.notes) out.push('', `Note: ${note}`);
  console.log(out.join('\n'));
}
