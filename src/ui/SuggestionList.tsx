import type { Suggestion } from '../engine/types';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';
import { Why } from './Why';

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
  if (!suggestions.length) return <p class="status">{t('noSuggestions')}</p>;
  return (
    <ol class="suggestions">
      {suggestions.map((s, i) => {
        const start = s.text.slice(0, 40);
        return (
          <li key={s.id} class="suggestion" data-suggestion={s.id} lang={s.lang}>
            <div class="kind">
              <span class="key" aria-hidden="true">
                {i + 1}
              </span>{' '}
              {t(`kind_${s.kind.replace(/-/g, '_')}`)}
            </div>
            <p>{s.text}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={!canInsert}
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                aria-label={t('insertLabel', start)}
                onClick={() => actions.insert(s.text)}
              >
                {t('insert')}
              </button>
              <button type="button" aria-label={t('copyLabel', start)} onClick={() => actions.copy(s.text)}>
                {t('copy')}
              </button>
            </div>
            <Why rule={s.rule} onHide={() => actions.hide(`${s.rule.pack}/${s.rule.id}`)} />
          </li>
        );
      })}
    </ol>
  );
}
