import { useState } from 'preact/hooks';
import { fillSlots } from '../engine/placeholders';
import type { Suggestion } from '../engine/types';
import { t } from '../lib/i18n';
import { SlotForm } from './SlotForm';
import { SlotText, slotLabel } from './SlotText';
import type { SidebarActions } from './types';
import { Why } from './Why';

/** The first few suggestions show; the rest are one click away. */
export const SUGGESTIONS_SHOWN = 3;

/** Phrasing for this moment. Number keys 1–9 insert, while the sidebar has focus. */
export function SuggestionList({
  suggestions,
  actions,
  canInsert,
}: {
  suggestions: Suggestion[];
  actions: SidebarActions;
  canInsert: boolean;
}) {
  const [all, setAll] = useState(false);
  // The suggestion whose slots the agent is filling before it is inserted.
  const [filling, setFilling] = useState<string | null>(null);
  if (!suggestions.length) return <p class="status">{t('noSuggestions')}</p>;
  const shown = all ? suggestions : suggestions.slice(0, SUGGESTIONS_SHOWN);
  return (
    <>
      <ol class="suggestions">
        {shown.map((s, i) => {
          const shownText = fillSlots(s.text, {}, slotLabel);
          const start = shownText.slice(0, 40);
          const key = `${s.rule.pack}/${s.rule.id}`;
          const slots = s.slots ?? [];
          return (
            <li key={s.id} class="suggestion" data-suggestion={s.id} lang={s.lang}>
              <div class="row">
                <span class="key" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="kind" title={t(`kind_${s.kind.replace(/-/g, '_')}`)}>
                  {t(`kind_${s.kind.replace(/-/g, '_')}`)}
                </span>
                <button
                  type="button"
                  class="primary"
                  disabled={!canInsert}
                  aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                  aria-label={t('insertLabel', start)}
                  aria-expanded={slots.length ? filling === s.id : undefined}
                  onClick={() => (slots.length ? setFilling(filling === s.id ? null : s.id) : actions.insert(s.text, key))}
                >
                  {t('insert')}
                </button>
                <button
                  type="button"
                  class="icon"
                  aria-label={t('copyLabel', start)}
                  title={t('copy')}
                  // A text with blanks is copied once they are filled, never with their labels.
                  onClick={() => (slots.length ? setFilling(s.id) : actions.copy(s.text, key))}
                >
                  <CopyIcon />
                </button>
                <Why rule={s.rule} onHide={() => actions.hide(key)} />
              </div>
              <p>
                <SlotText text={s.text} />
              </p>
              {filling === s.id && (
                <SlotForm text={s.text} rule={key} actions={actions} canInsert={canInsert} onDone={() => setFilling(null)} />
              )}
            </li>
          );
        })}
      </ol>
      {suggestions.length > SUGGESTIONS_SHOWN && (
        <button type="button" class="more" aria-expanded={all} onClick={() => setAll(!all)} data-more-suggestions>
          {all ? t('showFewer') : t('moreSuggestions', String(suggestions.length - SUGGESTIONS_SHOWN))}
        </button>
      )}
    </>
  );
}

/** Two overlapping sheets: drawn, so it looks the same in every font. */
function CopyIcon() {
  return (
    <svg class="glyph" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.2">
      <rect x="3.5" y="3.5" width="7" height="7" rx="1" />
      <path d="M8.5 1.5h-6a1 1 0 0 0-1 1v6" />
    </svg>
  );
}
