import type { Coaching, Ticket } from '../engine/types';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';
import { Why } from './Why';

/** The customer's signals, each with the customer's own words that triggered it. */
export function SignalList({ coaching, ticket, actions }: { coaching: Coaching; ticket: Ticket; actions: SidebarActions }) {
  if (!coaching.signals.length) return <p class="status">{t('noSignals')}</p>;
  return (
    <ul class="signals">
      {coaching.signals.map((s, i) => {
        const name = t(`signal_${s.id.replace(/-/g, '_')}`);
        const words = s.evidence
          .slice(0, 3)
          .map((e) => ({ key: `${e.message}:${e.start}`, text: ticket.messages[e.message]?.text.slice(e.start, e.end) ?? '' }));
        return (
          <li
            key={s.id}
            class={`signal ${s.scope}`}
            data-signal={s.id}
            onMouseEnter={() => actions.highlight(i)}
            onMouseLeave={() => actions.highlight(null)}
          >
            {/* Focus or hover shows the customer's words in the conversation. */}
            <button
              type="button"
              class="signal-name"
              aria-label={t('showWords', name)}
              onFocus={() => actions.highlight(i)}
              onBlur={() => actions.highlight(null)}
              onClick={() => actions.highlight(i)}
            >
              {name}
            </button>
            <span class="kind">
              {s.scope === 'latest' ? '' : `${t('scopeThread')} · `}
              {Math.round(s.confidence * 100)}%
            </span>
            <div class="words">
              {words.map((w, k) => (
                <span key={w.key}>
                  {k > 0 && ' … '}
                  <mark>{w.text}</mark>
                </span>
              ))}
            </div>
            <Why rule={s.rule} onHide={() => actions.hide(`${s.rule.pack}/${s.rule.id}`)} />
          </li>
        );
      })}
    </ul>
  );
}
