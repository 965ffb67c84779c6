import type { GuardFinding } from '../engine/guard/types';
import { t } from '../lib/i18n';

/** What a send-guard finding says to the agent, in the interface language. */
export function guardText(f: GuardFinding): string {
  switch (f.id) {
    case 'send-internal-text':
      return t('guardInternalText');
    case 'send-unfilled':
      return t('guardUnfilled', f.text);
    case 'send-wrong-name':
      return t('guardWrongName', [f.text, (f.known ?? []).join(', ')]);
    case 'send-foreign-contact':
      return t('guardForeignContact', f.text);
    case 'send-payment-data':
      return t(f.kind === 'iban' ? 'guardPaymentIban' : 'guardPaymentCard');
  }
}
