import type { Suggestion } from '../engine/types';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';

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
    <ul>
      {suggestions.map((s, i) => {
        const start = s.text.slice(0, 40);
        return (
          <li key={s.id} class="suggestion" data-suggestion={s.id} lang={s.lang}>
            <div class="kind">{t(`kind_${s.kind.replace(/-/g, '_')}`)}</div>
            <p>{s.text}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={!canInsert}
                aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
                aria-label={t('insertLabel', start)}
                onClick={() => actions.insert(s.text)}
              >
                {t('insert')}
              </button>
              <button type="button" aria-label={t('copyLabel', start)} onClick={() => actions.copy(s.text)}>
                {t('copy')}
              </button>
              <button type="button" aria-label={t('notHelpfulLabel', start)} onClick={() => actions.hide(`${s.rule.pack}/${s.rule.id}`)}>
                {t('notHelpful')}
              </button>
            </div>
            <div class="why">
              {t('whyRule', [s.rule.pack, s.rule.id])} · {s.rule.source}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
