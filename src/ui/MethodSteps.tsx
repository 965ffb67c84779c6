import type { MethodState } from '../engine/types';
import { t } from '../lib/i18n';
import { Why } from './Why';

/** The team's method in one line of steps that tick themselves from earlier replies and the draft, and what to do now. */
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
            <span aria-hidden="true">{s.done ? '✓' : s.id === method.next ? '→' : '○'}</span>
            <span>
              {s.name}
              {s.done && <span class="sr-only"> · {s.by === 'draft' ? t('doneInDraft') : t('doneInReply')}</span>}
            </span>
          </li>
        ))}
      </ol>
      {next ? (
        <div class="prompt row" data-prompt>
          <span class="spacer">{next.prompt}</span>
          <Why rule={next.rule} />
        </div>
      ) : (
        <p class="prompt">{t('allStepsDone')}</p>
      )}
    </div>
  );
}
