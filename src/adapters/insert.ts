import type { Composer } from './types';

/**
 * Inserts plain text at the cursor through the browser's own editing path, so the editor's
 * model, undo stack and change events all see it. execCommand('insertText') fires the same
 * beforeinput/input events typing does; it is deprecated in name only and is what Grammarly
 * and text expanders use. Never rewrites the editor's HTML.
 */
export function insertIntoTextField(el: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  el.focus();
  const before = el.value;
  if (document.execCommand('insertText', false, text) && el.value !== before) return true;
  // Fallback (some browsers refuse execCommand on inputs): setRangeText plus an input event.
  const start = el.selectionStart ?? el.value.length;
  el.setRangeText(text, start, el.selectionEnd ?? start, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return el.value !== before;
}

export function textareaComposer(el: HTMLTextAreaElement): Composer {
  return {
    element: el,
    readDraft: () => el.value,
    insert: async (text) => insertIntoTextField(el, text),
  };
}
