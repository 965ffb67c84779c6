import { useState } from 'preact/hooks';
import { analyze } from '../engine/analyze';
import type { CompiledPacks } from '../engine/compile';
import { pick } from '../engine/localize';
import type { Scenario } from '../engine/pack-schema';
import { type PlayedTurn, finished, outcomeOf, replyFacts, respond, scenarioTicket } from '../engine/scenario';
import { t, uiLanguage } from '../lib/i18n';

/** Try a scenario of the pack being edited: write a reply, see what the engine finds in it and how the customer answers. */
export function ScenarioBench({ scenarios, compiled, method }: { scenarios: Scenario[]; compiled: CompiledPacks; method?: string }) {
  const [id, setId] = useState(scenarios[0]?.id ?? '');
  const [played, setPlayed] = useState<PlayedTurn[]>([]);
  const [reply, setReply] = useState('');
  const scenario = scenarios.find((s) => s.id === id) ?? scenarios[0];
  if (!scenario) return null;
  const lang = Object.keys(scenario.thread[0]?.text ?? {})[0] ?? 'en';
  const ticket = scenarioTicket(scenario, lang, played);
  const done = finished(scenario, played);
  const send = () => {
    const coaching = analyze(ticket, reply, compiled, { method: scenario.method ?? method, language: lang, agentLanguage: lang });
    const facts = replyFacts(coaching);
    setPlayed([...played, { reply, facts, response: respond(scenario, played.length, facts), used: [] }]);
    setReply('');
  };
  return (
    <div class="bench" data-scenario-bench>
      <label>
        {t('benchScenario')}{' '}
        <select
          value={scenario.id}
          onChange={(e) => {
            setId((e.target as HTMLSelectElement).value);
            setPlayed([]);
          }}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.title, [uiLanguage()]).text}
            </option>
          ))}
        </select>
      </label>
      <ol>
        {ticket.messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are only ever appended
          <li key={i} class="bench-message">
            <strong>{m.role === 'customer' ? scenario.customer.name : m.role}</strong>: {m.text}
          </li>
        ))}
      </ol>
      {played.map((turn, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: turns are only ever appended
        <p key={i} class="muted" data-bench-turn={i + 1}>
          {t('debriefReply', String(i + 1))}: {t('debriefCovered')} [{turn.facts.steps.join(', ') || '—'}], {t('debriefWarnings')} [
          {turn.facts.warnings.join(', ') || '—'}] → {t(`practiceMood_${turn.response.mood}`)}
          {turn.response.end ? ` · ${t(`debriefOutcome_${turn.response.end}`)}` : ''}
        </p>
      ))}
      {done ? (
        <p data-bench-outcome={outcomeOf(played)}>
          {t('debriefTitle')}: {t(`debriefOutcome_${outcomeOf(played)}`)}
        </p>
      ) : (
        <label>
          {t('practiceReply')}
          <textarea rows={3} value={reply} onInput={(e) => setReply((e.target as HTMLTextAreaElement).value)} />
        </label>
      )}
      <div class="actions">
        {!done && (
          <button type="button" disabled={!reply.trim()} onClick={send}>
            {t('practiceSend')}
          </button>
        )}
        <button type="button" onClick={() => setPlayed([])}>
          {t('practiceRestart')}
        </button>
      </div>
    </div>
  );
}
