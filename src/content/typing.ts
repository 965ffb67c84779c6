import { generic } from '../adapters/generic';
import { debounced } from './schedule';
import type { View } from './view';

const DRAFT_DEBOUNCE_MS = 300;

/**
 * The draft: listens where typing happens (the reply box may be in a frame of its own) and asks
 * for coaching only once typing pauses. A keystroke costs a `contains` check against the reply
 * box the last read found; only generic mode, whose box follows focus, looks it up.
 */
export function createTyping(view: View, coach: () => void) {
  const { ctx } = view;
  const pause = debounced(coach, DRAFT_DEBOUNCE_MS, ctx.signal);
  const listening = new WeakSet<Document>();

  function inReplyBox(target: EventTarget | null): boolean {
    // By property, not instanceof: a reply box in a same-origin frame belongs to that frame's realm.
    if (typeof (target as Node | null)?.nodeType !== 'number') return false;
    const composer = view.adapter === generic ? view.adapter.composer(document, new URL(location.href)) : view.composer;
    return composer?.element.contains(target as Node) ?? false;
  }

  return {
    /** Coaching after the next pause (an insertion, a dismissed rule). */
    pause,
    listen(doc: Document) {
      if (listening.has(doc)) return;
      listening.add(doc);
      doc.addEventListener('input', (e) => inReplyBox(e.target) && pause(), { capture: true, signal: ctx.signal });
    },
  };
}
