import { text } from './dom';
import type { Composer } from './types';

/** The event the page-world bridge (content/bridge-ckeditor.ts) listens for; it carries only the text. */
export const CKEDITOR_INSERT_EVENT = 'composure-ckeditor-insert';

/**
 * CKEditor 5 keeps its own model and re-renders the DOM from it: text typed into the DOM behind
 * its back is lost or duplicated. Its API (`element.ckeditorInstance`) lives in the page's own
 * JavaScript world, out of a content script's reach, so a minimal page-world bridge performs
 * the insertion through `model.insertContent` — one undoable step in the editor's model. The
 * bridge cancels the event it handled; where no bridge runs, `fallback` (the editor's own
 * beforeinput handling) inserts instead.
 */
export function ckeditorComposer(el: HTMLElement, fallback: Composer): Composer {
  return {
    element: el,
    kind: 'ckeditor5',
    readDraft: () => text(el),
    async insert(text) {
      const before = (el.textContent ?? '').length;
      const handled = !el.dispatchEvent(new CustomEvent(CKEDITOR_INSERT_EVENT, { detail: text, bubbles: true, cancelable: true }));
      if (!handled) return fallback.insert(text);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return (el.textContent ?? '').length > before;
    },
  };
}
