import { useState } from 'preact/hooks';
import type { RuleRef } from '../engine/types';
import { t } from '../lib/i18n';

/**
 * Where a signal, step, suggestion or warning comes from: rule, pack and source document, one
 * click away. Its body is built when first opened: a ticket shows a dozen of these, an agent
 * opens one now and then, and the sidebar is painted again at every read.
 */
export function Why({ rule, onHide }: { rule: RuleRef; onHide?: () => void }) {
  const [opened, setOpened] = useState(false);
  return (
    <details class="why" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary aria-label={t('why')} title={t('why')}>
        ?
      </summary>
      {opened && (
        <div class="why-body">
          <div>{t('whyRule', [rule.pack, rule.id])}</div>
          {rule.source && <div>{t('whySource', rule.source)}</div>}
          {onHide && (
            <button type="button" class="link" onClick={onHide}>
              {t('notHelpful')}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
