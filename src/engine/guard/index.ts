import { foreignContact } from './foreign-contact';
import { internalText } from './internal-text';
import { paymentData } from './payment';
import type { GuardFinding, GuardTicket } from './types';
import { unfilled } from './unfilled';
import { wrongName } from './wrong-name';

export { GUARD_IDS, type GuardFinding, type GuardId, type GuardTicket } from './types';

/**
 * The send guard: what in a public reply must not leave with it, each finding with the draft's
 * words and its evidence. Precise before complete — each check says nothing when unsure.
 */
export function guardDraft(ticket: GuardTicket, draft: string): GuardFinding[] {
  if (!draft.trim()) return [];
  const payment = paymentData(draft);
  return [
    ...internalText(ticket, draft),
    ...unfilled(draft),
    ...wrongName(ticket, draft),
    ...foreignContact(
      ticket,
      draft,
      payment.map((f) => f.span),
    ),
    ...payment,
  ].sort((a, b) => a.span[0] - b.span[0]);
}
