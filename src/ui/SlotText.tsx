import { type SlotName, slotParts } from '../engine/placeholders';
import { t } from '../lib/i18n';

/** What a slot asks the agent for, in Composure's language: "time", "what you offer"… */
export const slotLabel = (slot: SlotName) => t(`slot_${slot}`);

/** A suggestion's text with its slots shown as blanks to fill, never as prefilled facts. */
export function SlotText({ text }: { text: string }) {
  return (
    <>
      {slotParts(text).map((part, i) =>
        'slot' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
          <span key={i} class="slot" data-slot={part.slot}>
            {slotLabel(part.slot)}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
