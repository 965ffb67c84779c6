import type { CompiledPacks } from '../engine/compile';
import { pick } from '../engine/localize';
import type { Scenario } from '../engine/pack-schema';
import { greeting } from '../engine/names';
import { fillPlaceholders, fillSlots } from '../engine/placeholders';
import type { Outcome, PlayedTurn } from '../engine/scenario';
import { t, uiLanguage } from '../lib/i18n';
import { slotLabel } from '../ui/SlotText';

interface Props {
  scenario: Scenario;
  /** The language the customer wrote in (the recommended wording comes in it). */
  lang: string;
  played: PlayedTurn[];
  outcome: Outcome;
  compiled: CompiledPacks;
  method?: string;
  onRestart(): void;
}

/**
 * After the last turn: per reply, the steps it covered and missed, the warnings it kept, the
 * suggestions used, how the customer took it, and — for what was missed — the wording the
 * source documents recommend, each with its rule and source.
 */
export function Debrief({ scenario, lang, played, outcome, compiled, method, onRestart }: Props) {
  const ui = [uiLanguage()];
  const steps = compiled.methods.find((m) => m.method.id === method)?.steps ?? compiled.methods[0]?.steps ?? [];
  const stepName = (id: string) => pick(steps.find((s) => s.step.id === id)?.step.name, ui).text || id;
  const names = { 'customer.name': scenario.customer.name, 'customer.firstName': greeting(scenario.customer.name) };
  const kindOf = (rule: string) => compiled.suggestions.find((s) => s.key === rule)?.suggestion.kind;
  return (
    <section class="debrief card" aria-labelledby="debrief-title" data-debrief data-outcome={outcome}>
      <h2 id="debrief-title">
        {t('debriefTitle')}: <span class={`outcome ${outcome}`}>{t(`debriefOutcome_${outcome}`)}</span>
      </h2>
      <ol class="turns">
        {played.map((turn, i) => {
          const expected = scenario.turns[i]?.expect ?? [];
          const missed = expected.filter((id) => !turn.facts.steps.includes(id));
          const recommended = missed.flatMap((step) =>
            compiled.suggestions
              .filter((s) => s.steps.some(([m, st]) => st === step && (!method || m === method)))
              .slice(0, 2)
              .map((s) => ({
                step,
                text: fillSlots(fillPlaceholders(pick(s.suggestion.text, [lang]).text, names, lang), {}, slotLabel),
                rule: s.ref,
              })),
          );
          const fixes = turn.facts.warnings.flatMap((id) => {
            const check = compiled.draftChecks.find((c) => c.check.id === id);
            if (!check) return [];
            const alternatives = check.check.alternatives;
            const better = fillPlaceholders(
              (alternatives?.[lang] ?? alternatives?.[lang.split('-')[0] as string] ?? alternatives?.en ?? [])[0] ?? '',
              names,
              lang,
            );
            return [{ id, why: pick(check.check.why, ui).text, better, rule: check.ref }];
          });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: turns are only ever appended: the position is the turn
            <li key={i} data-turn={i + 1}>
              <h3>{t('debriefReply', String(i + 1))}</h3>
              <p class="quote">“{turn.reply.length > 200 ? `${turn.reply.slice(0, 200)}…` : turn.reply}”</p>
              <p data-covered>
                {t('debriefCovered')}: {turn.facts.steps.length ? turn.facts.steps.map(stepName).join(', ') : '—'}
              </p>
              {missed.length > 0 && (
                <p data-missed>
                  {t('debriefMissed')}: {missed.map(stepName).join(', ')}
                </p>
              )}
              {fixes.length > 0 && (
                <div data-remaining>
                  <p>{t('debriefWarnings')}:</p>
                  <ul>
                    {fixes.map((f) => (
                      <li key={f.id} data-warning={f.id}>
                        {f.why}
                        {f.better && (
                          <>
                            {' '}
                            {t('debriefBetter')}: <q lang={lang}>{f.better}</q>
                          </>
                        )}{' '}
                        <span class="muted">
                          ({f.rule.pack}/{f.rule.id} · {f.rule.source})
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {recommended.length > 0 && (
                <div data-recommended>
                  <p>{t('debriefRecommended')}:</p>
                  <ul>
                    {recommended.map((r) => (
                      <li key={`${r.rule.pack}/${r.rule.id}`}>
                        <q lang={lang}>{r.text}</q>{' '}
                        <span class="muted">
                          ({stepName(r.step)} · {r.rule.pack}/{r.rule.id} · {r.rule.source})
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <p data-used>
                {t('debriefUsed')}:{' '}
                {turn.used.length
                  ? [...new Set(turn.used)].map((r) => t(`kind_${(kindOf(r) ?? 'other').replace(/-/g, '_')}`)).join(', ')
                  : '—'}
              </p>
              <p class={`reaction ${turn.response.mood}`}>
                {t(`practiceMood_${turn.response.mood}`)}
                {turn.response.note ? ` — ${pick(turn.response.note, ui).text}` : ''}
              </p>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button type="button" class="primary" onClick={onRestart}>
          {t('practiceRestart')}
        </button>
      </div>
    </section>
  );
}
