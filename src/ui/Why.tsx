import { useState } from 'preact/hooks';
import type { RuleRef } from '../engine/types';
import { t } from '../lib/i18n';

/**
 * Where a signal, step, suggestion or warning comes from: rule, pack and source document, one
 * click away. Its body is built when opened: a ticket shows a dozen of these, an agent
 * opens one now and then, and the sidebar is painted again at every read.
 */
export function Why({ rule, onHide }: { rule: RuleRef; onHide?: () => void }) {
  // A button, not <details>: each <details> costs the page a shadow tree of its own, and a
  // sidebar shows a dozen of these on every ticket load.
  const [open, setOpen] = useState(false);
  return (
    <div class={open ? 'why open' : 'why'}>
      <button type="button" aria-expanded={open} aria-label={t('why')} title={t('why')} onClick={() => setOpen(!open)}>
        ?
      </button>
      {open && (
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
    </div>
  );
}
