import { modelMessages } from '../engine/signals';
import type { Signal, Ticket } from '../engine/types';
import { send } from './messages';
import type { View } from './view';

/**
 * What the anger model of the customer's language finds (background/models.ts: the models are
 * too big for this script, and scoring there keeps it off the page's thread). Asked once per
 * ticket and set of messages; the coaching is painted again when the answer adds something.
 */
export function createModelSignals(view: View, recoach: () => void) {
  let asked = '';

  return {
    /** `lang`: the browser's detector's reliable answer only (a model of the wrong language cries wolf). */
    async seen(ticket: Ticket, lang: string | undefined) {
      const messages = modelMessages(ticket.messages);
      const key = `${view.shownKey}:${lang}:${messages.map((m) => `${m.index}.${m.text.length}`).join()}`;
      if (key === asked) return;
      asked = key;
      // English has no model: the rules were tuned on far more English than any model here.
      const answer =
        lang && lang !== 'en' && messages.length
          ? await send({ type: 'model-signals', language: lang, messages }).catch(() => undefined)
          : undefined;
      if (!view.ctx.alive() || asked !== key) return;
      const found: Signal[] = answer?.ok ? (answer.signals ?? []) : [];
      // Nothing before and nothing now: no repaint. Else what was found in other messages goes.
      if (!found.length && !view.modelSignals.length) return;
      view.modelSignals = found;
      recoach();
    },
  };
}
