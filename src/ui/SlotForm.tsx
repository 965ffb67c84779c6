import { useEffect, useRef, useState } from 'preact/hooks';
import { type SlotName, fillSlots, slotsOf, unfilledSlots } from '../engine/placeholders';
import { t } from '../lib/i18n';
import { slotLabel } from './SlotText';
import type { SidebarActions } from './types';

/**
 * What only the agent can decide (a time, what is offered) is asked for before the text goes
 * anywhere, one field per slot, focused at once: Enter inserts (or copies, with no reply box),
 * Escape goes back. Nothing leaves half-filled, and a slot's label never reaches a reply.
 */
export function SlotForm({
  text,
  rule,
  actions,
  canInsert,
  onDone,
}: {
  text: string;
  rule: string;
  actions: SidebarActions;
  canInsert: boolean;
  onDone: () => void;
}) {
  const slots: SlotName[] = slotsOf(text);
  const [values, setValues] = useState<Partial<Record<SlotName, string>>>({});
  const complete = unfilledSlots(text, values).length === 0;
  const send = (how: 'insert' | 'copy') => {
    onDone();
    actions[how](fillSlots(text, values, slotLabel), rule);
  };
  // The agent asked to insert or copy: the first blank is the next thing to do (autofocus only works at page load).
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="slot-form"
      data-slot-form
      onSubmit={(e) => {
        e.preventDefault();
        if (complete) send(canInsert ? 'insert' : 'copy');
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onDone();
      }}
    >
      {slots.map((slot, i) => (
        <label key={slot}>
          <span>{slotLabel(slot)}</span>
          <input
            type="text"
            required
            ref={i === 0 ? first : undefined}
            value={values[slot] ?? ''}
            onInput={(e) => setValues({ ...values, [slot]: (e.target as HTMLInputElement).value })}
          />
        </label>
      ))}
      <button type="submit" class="primary" disabled={!complete || !canInsert}>
        {t('insert')}
      </button>
      <button type="button" disabled={!complete} data-slot-copy onClick={() => send('copy')}>
        {t('copy')}
      </button>
      {!complete && (
        <p class="slot-note" data-slot-note>
          {t('slotsUnfilled')}
        </p>
      )}
    </form>
  );
}
