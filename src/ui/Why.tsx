import type { RuleRef } from '../engine/types';
import { t } from '../lib/i18n';

/** Where a signal, step, suggestion or warning comes from: rule, pack and source document, one click away. */
export function Why({ rule, onHide }: { rule: RuleRef; onHide?: () => void }) {
  return (
    <details class="why">
      <summary aria-label={t('why')} title={t('why')}>
        ?
      </summary>
      <div class="why-body">
        <div>{t('whyRule', [rule.pack, rule.id])}</div>
        {rule.source && <div>{t('whySource', rule.source)}</div>}
        {onHide && (
          <button type="button" class="link" onClick={onHide}>
            {t('notHelpful')}
          </button>
        )}
      </div>
    </details>
  );
}
