import { contentEditableComposer } from './contenteditable';
import { text } from './dom';
import { textareaComposer } from './insert';
import type { Adapter, Composer } from './types';

/**
 * Generic mode, for any page the agent turns Composure on: the selected text (or else the
 * largest block of running text) is the customer's message, and the reply box is the editable
 * field the agent last worked in.
 */
const BLOCKS = 'article, [role="article"], blockquote, section, main p, div > p, td';
const MIN_TEXT = 40;

let lastEditable: HTMLElement | null = null;
const watched = new WeakSet<Document>();

function watchFocus(doc: Document) {
  if (watched.has(doc)) return;
  watched.add(doc);
  doc.addEventListener(
    'focusin',
    (e) => {
      const el = e.target as HTMLElement;
      if (el instanceof HTMLTextAreaElement || el.isContentEditable)
        lastEditable = el.isContentEditable ? (el.closest('[contenteditable="true"], [contenteditable=""]') as HTMLElement) : el;
    },
    true,
  );
}

function largestBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let length = 0;
  for (const el of doc.querySelectorAll(BLOCKS)) {
    if (el.closest('[contenteditable], textarea, nav, header, footer')) continue;
    const t = text(el);
    if (t.length > length) {
      best = el;
      length = t.length;
    }
  }
  return best;
}

export const generic: Adapter = {
  id: 'generic',
  name: 'this page',
  matches: () => false, // never chosen by URL: the agent turns it on
  ticketIdFromUrl: () => undefined,
  watchAttributes: [],
  read(doc, url) {
    watchFocus(doc);
    const selected = doc.getSelection()?.toString().trim() ?? '';
    const block = selected.length >= 3 ? null : largestBlock(doc);
    const customer = selected.length >= 3 ? selected : text(block);
    if (customer.length < (selected ? 3 : MIN_TEXT)) return { ok: false, problem: 'no-conversation' };
    return {
      ok: true,
      root: block ?? doc.body,
      olderHidden: false,
      ticket: { helpdesk: 'generic', id: undefined, subject: doc.title || url.hostname, messages: [{ role: 'customer', text: customer }] },
    };
  },
  composer(doc): Composer | null {
    watchFocus(doc);
    const el = lastEditable?.isConnected ? lastEditable : null;
    if (!el) return null;
    return el instanceof HTMLTextAreaElement ? textareaComposer(el) : contentEditableComposer(el);
  },
};
