import { useState } from 'preact/hooks';
import type { Coaching, Ticket } from '../engine/types';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';
import { Why } from './Why';

/** How many signals show before "+N more": the strongest few are what an agent reads first. */
export const SIGNALS_SHOWN = 3;

/** About what one line of the panel holds at its default width. */
const WORDS_LINE = 42;

/**
 * The evidence that fits on the signal's one line, whole (at least the first, up to three): a
 * word cut by the ellipsis reads as a stray highlight. All of them are in the tooltip and are
 * highlighted in the conversation on focus.
 */
function fitting<T extends { text: string }>(words: T[]): T[] {
  let length = 0;
  const out: T[] = [];
  for (const w of words.slice(0, 3)) {
    length += w.text.length + (out.length ? 3 : 0);
    if (out.length && length > WORDS_LINE) break;
    out.push(w);
  }
  return out;
}

/** The customer's signals, strongest first, each with the customer's own words that triggered it. */
export function SignalList({ coaching, ticket, actions }: { coaching: Coaching; ticket: Ticket; actions: SidebarActions }) {
  const [all, setAll] = useState(false);
  if (!coaching.signals.length) return <p class="status">{t('noSignals')}</p>;
  const shown = all ? coaching.signals : coaching.signals.slice(0, SIGNALS_SHOWN);
  const rest = coaching.signals.length - shown.length;
  return (
    <>
      <ul class="signals">
        {shown.map((s, i) => {
          const name = t(`signal_${s.id.replace(/-/g, '_')}`);
          const evidence = s.evidence.map((e) => ({
            key: `${e.message}:${e.start}`,
            text: ticket.messages[e.message]?.text.slice(e.start, e.end) ?? '',
          }));
          const words = fitting(evidence);
          const percent = Math.round(s.confidence * 100);
          return (
            <li
              key={s.id}
              class={`signal ${s.scope}`}
              data-signal={s.id}
              onMouseEnter={() => actions.highlight(i)}
              onMouseLeave={() => actions.highlight(null)}
            >
              <div class="row">
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
                <span class="spacer" />
                {s.scope !== 'latest' && <span class="kind">{t('scopeThread')}</span>}
                <span class="strength" role="img" aria-label={`${percent}%`} title={`${percent}%`}>
                  <span style={{ width: `${percent}%` }} />
                </span>
                <Why rule={s.rule} onHide={() => actions.hide(`${s.rule.pack}/${s.rule.id}`)} />
              </div>
              <div class="words" title={evidence.map((w) => w.text).join(' … ')}>
                {words.map((w, k) => (
                  <span key={w.key}>
                    {k > 0 && ' … '}
                    <mark>{w.text}</mark>
                  </span>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {(rest > 0 || all) && coaching.signals.length > SIGNALS_SHOWN && (
        <button type="button" class="more" aria-expanded={all} onClick={() => setAll(!all)} data-more-signals>
          {all ? t('showFewer') : t('moreSignals', String(rest))}
        </button>
      )}
    </>
  );
}
