import { spaced } from './insert';
import { text } from './dom';
import type { Composer } from './types';

/**
 * A composer for contenteditable editors (Gmail, ProseMirror, Slate, Froala…), through the
 * editor's own input path, never by rewriting its HTML:
 * 1. a cancelable `beforeinput` (insertText) is offered first. Editors that handle input in
 *    their own model (Slate, Lexical) take it and cancel it; a synthetic event has no default
 *    action, so nothing is inserted twice when no one does;
 * 2. otherwise execCommand('insertText'), which the browser performs like typing: the editor
 *    reads the DOM change into its model (ProseMirror, Froala, plain contenteditable) and its
 *    undo stack records it. (Slate ignores this path: the DOM would change behind its model.)
 * The cursor the agent left in the editor is remembered, since clicking a sidebar button moves focus.
 */
export function contentEditableComposer(el: HTMLElement): Composer {
  rememberCursors(el.ownerDocument);
  return {
    element: el,
    kind: 'contenteditable',
    readDraft: () => text(el),
    async insert(raw) {
      const doc = el.ownerDocument;
      const selection = doc.getSelection();
      // The live selection when it is still in the editor (a click on a sidebar button leaves it
      // there); else the last cursor seen in it; else the end of the draft.
      const live = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      const saved = lastCursor.get(el);
      const range = live && el.contains(live.startContainer) ? live : saved && el.contains(saved.startContainer) ? saved : endOf(el);
      el.focus();
      if (selection) {
        selection.removeAllRanges();
        selection.addRange(range);
      }
      const before = textAround(el, selection, 'before');
      const after = textAround(el, selection, 'after');
      const inserted = spaced(raw, before, after);
      const length = (el.textContent ?? '').length;
      const offer = new InputEvent('beforeinput', {
        inputType: 'insertText',
        data: inserted,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      const handledByEditor = !el.dispatchEvent(offer);
      // Editors that record an undo step when a key is released or focus leaves (Froala, CKEditor
      // 4) would keep none for an insertion into an editor the agent never typed in: a keyup
      // without a key before and after marks the steps, as the agent's own typing would.
      const keyUp = () => el.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
      if (!handledByEditor) {
        keyUp();
        doc.execCommand('insertText', false, inserted);
        keyUp();
      }
      // Editors re-render asynchronously; give them a frame before judging.
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return (el.textContent ?? '').length > length;
    },
  };
}

/** The last cursor position inside each editable, and the editable last used, kept by one listener per document. */
const lastCursor = new WeakMap<Element, Range>();
const watched = new WeakSet<Document>();
let lastUsed: WeakRef<Element> | undefined;

/** The editable the agent last put the cursor in or typed in. */
export const lastEditable = () => lastUsed?.deref();

/** Watched from the start, so an editor the helpdesk creates later is known the moment it is used. */
export function rememberCursors(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  const remember = () => {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    const editable = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(
      '[contenteditable="true"], [contenteditable=""]',
    );
    if (!editable) return;
    lastCursor.set(editable, range.cloneRange());
    lastUsed = new WeakRef(editable);
  };
  // Editors re-render text nodes as the agent types, so the cursor is refreshed on input too.
  doc.addEventListener('selectionchange', remember);
  doc.addEventListener('input', remember, true);
}

function endOf(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}

/** A few characters either side of the cursor, to space the insertion as a person would. */
function textAround(el: HTMLElement, selection: Selection | null, side: 'before' | 'after'): string {
  if (!selection?.rangeCount) return '';
  const cursor = selection.getRangeAt(0);
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  if (side === 'before') range.setEnd(cursor.startContainer, cursor.startOffset);
  else range.setStart(cursor.endContainer, cursor.endOffset);
  const text = range.toString();
  return side === 'before' ? text.slice(-2) : text.slice(0, 2);
}
