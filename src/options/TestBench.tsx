import { useState } from 'preact/hooks';
import { analyze } from '../engine/analyze';
import type { CompiledPacks } from '../engine/compile';
import { parseTicketText } from '../engine/ticket-text';
import type { Evidence, Message } from '../engine/types';
import { t } from '../lib/i18n';
import { useModelSignals } from '../lib/use-model-signals';

const SAMPLE = `Customer: Hi, my router keeps dropping the connection. Can you help?
Agent: Sorry about that, please restart it and let us know.
Customer: This is the THIRD time I am writing and it is STILL NOT FIXED!!! You people don't care about customers. I want a refund.`;

/** Try a pack on a pasted ticket before anyone sees it: what fires, on which words. */
export function TestBench({ compiled, method }: { compiled: CompiledPacks; method?: string }) {
  const [ticket, setTicket] = useState(SAMPLE);
  const [draft, setDraft] = useState('');
  const messages = parseTicketText(ticket);
  const plain = analyze({ helpdesk: 'test-bench', messages }, draft, compiled, { method });
  // What the sidebar would add from the anger model of the customer's language.
  const modelSignals = useModelSignals(messages, plain.language);
  const result = modelSignals.length ? analyze({ helpdesk: 'test-bench', messages }, draft, compiled, { method, modelSignals }) : plain;
  const evidence = (i: number) => result.signals.flatMap((s) => s.evidence.filter((e) => e.message === i));
  return (
    <div class="bench">
      <label>
        {t('benchTicket')}
        <textarea rows={6} value={ticket} onInput={(e) => setTicket((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t('benchDraft')}
        <textarea rows={3} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="bench-result" aria-live="polite">
        <h4>{t('sectionCustomer')}</h4>
        {messages
          .map((m, i) => ({ m, i }))
          .filter(({ m }) => m.role === 'customer')
          .map(({ m, i }) => (
            <Highlighted key={`${m.role}:${m.text}`} message={m} evidence={evidence(i)} />
          ))}
        <ul data-bench="signals">
          {result.signals.map((s) => (
            <li key={s.id}>
              <strong>{t(`signal_${s.id.replace(/-/g, '_')}`)}</strong> {Math.round(s.confidence * 100)}% · {s.rule.pack}/{s.rule.id}
            </li>
          ))}
        </ul>
        {result.method && (
          <p>
            {result.method.name}: {result.method.steps.map((s) => `${s.done ? '✓' : '○'} ${s.name}`).join(' · ')}
          </p>
        )}
        <h4>{t('sectionSuggestions')}</h4>
        <ul data-bench="suggestions">
          {result.suggestions.map((s) => (
            <li key={s.id}>
              {s.text}{' '}
              <span class="muted">
                ({s.rule.pack}/{s.rule.id})
              </span>
            </li>
          ))}
        </ul>
        <h4>{t('sectionDraft')}</h4>
        <ul data-bench="warnings">
          {result.draft.warnings.map((w) => (
            <li key={w.id}>
              {w.why}{' '}
              <span class="muted">
                ({w.rule.pack}/{w.rule.id})
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** A customer message with the words that triggered signals marked. Text nodes only. */
function Highlighted({ message, evidence }: { message: Message; evidence: Evidence[] }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const e of [...evidence].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    parts.push(message.text.slice(at, e.start), <mark key={e.start}>{message.text.slice(e.start, e.end)}</mark>);
    at = e.end;
  }
  parts.push(message.text.slice(at));
  return <p class="bench-message">{parts}</p>;
}
