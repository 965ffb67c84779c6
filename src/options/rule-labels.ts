import { pick } from '../engine/localize';
import { fillPlaceholders, fillSlots } from '../engine/placeholders';
import { slotLabel } from '../ui/SlotText';
import type { Pack } from '../engine/pack-schema';
import { t } from '../lib/i18n';

/**
 * A rule id (pack/rule) as a person reads it: the signal it raises, the step it prompts, the
 * suggestion's kind and opening words, the draft check's reason. Ids of rules no longer
 * installed stay as they are.
 */
export function ruleLabel(key: string, packs: readonly Pack[], lang: string[]): { kind: string; label: string } {
  const [packId, ruleId] = key.split('/');
  const pack = packs.find((p) => p.id === packId);
  const signal = pack?.signals?.find((s) => s.id === ruleId);
  if (signal) return { kind: t('ruleKindSignal'), label: t(`signal_${signal.signal.replace(/-/g, '_')}`) };
  const suggestion = pack?.suggestions?.find((s) => s.id === ruleId);
  if (suggestion) return { kind: t(`kind_${suggestion.kind.replace(/-/g, '_')}`), label: short(pick(suggestion.text, lang).text) };
  for (const method of pack?.methods ?? []) {
    const step = method.steps.find((s) => s.id === ruleId);
    if (step) return { kind: t('ruleKindStep'), label: `${pick(method.name, lang).text}: ${pick(step.name, lang).text}` };
  }
  const check = pack?.draftChecks?.find((c) => c.id === ruleId);
  if (check) return { kind: t('ruleKindCheck'), label: short(pick(check.why, lang).text) };
  return { kind: '', label: key };
}

/** Placeholders dropped ("Thank you, {customer.firstName}." reads "Thank you."), then cut to a label's length. */
const short = (raw: string) => {
  const text = fillSlots(fillPlaceholders(raw, {}), {}, slotLabel);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
