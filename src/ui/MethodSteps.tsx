import type { MethodState } from '../engine/types';
import { t } from '../lib/i18n';
import { Why } from './Why';

/** The team's method as a checklist that ticks itself from earlier replies and the draft. */
export function MethodSteps({ method }: { method: MethodState }) {
  const next = method.steps.find((s) => s.id === method.next);
  return (
    <div>
      <ol class="steps" aria-label={method.name}>
        {method.steps.map((s) => (
          <li
            key={s.id}
            class={s.id === method.next ? 'next' : s.done ? 'done' : ''}
            data-step={s.id}
            data-done={String(s.done)}
            aria-current={s.id === method.next ? 'step' : undefined}
          >
            <span class="tick" aria-hidden="true">
              {s.done ? '✓' : s.id === method.next ? '→' : '○'}
            </span>
            <span>
              {s.name}
              {s.done && <span class="kind"> · {s.by === 'draft' ? t('doneInDraft') : t('doneInReply')}</span>}
            </span>
          </li>
        ))}
      </ol>
      {next ? (
        <div class="prompt" data-prompt>
          {next.prompt}
          <Why rule={next.rule} />
        </div>
      ) : (
        <p class="prompt">{t('allStepsDone')}</p>
      )}
    </div>
  );
}
