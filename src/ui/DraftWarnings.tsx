import type { Coaching } from '../engine/types';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';
import { Why } from './Why';

export function DraftWarnings({ draft, actions, canInsert }: { draft: Coaching['draft']; actions: SidebarActions; canInsert: boolean }) {
  if (draft.words === 0) return <p class="status">{t('draftEmpty')}</p>;
  if (!draft.warnings.length) {
    return (
      <p class="status ready" data-ready>
        ✓ {t('readyToSend')}
      </p>
    );
  }
  return (
    <ul>
      {draft.warnings.map((w) => (
        <li key={w.id} class="warning" data-warning={w.id}>
          <div>{w.why}</div>
          {w.alternatives.length > 0 && (
            <div class="actions">
              {w.alternatives.map((alt) => (
                <button
                  key={alt}
                  type="button"
                  disabled={!canInsert}
                  aria-label={t('insertLabel', alt.slice(0, 40))}
                  onClick={() => actions.insert(alt)}
                >
                  {alt}
                </button>
              ))}
            </div>
          )}
          <Why rule={w.rule} onHide={() => actions.hide(`${w.rule.pack}/${w.rule.id}`)} />
        </li>
      ))}
    </ul>
  );
}
