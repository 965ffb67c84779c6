import type { Composer } from './types';

/**
 * Inserts plain text at the cursor through the browser's own editing path, so the editor's
 * model, undo stack and change events all see it. execCommand('insertText') fires the same
 * beforeinput/input events typing does; it is deprecated in name only and is what Grammarly
 * and text expanders use. Never rewrites the editor's HTML.
 */
export function insertIntoTextField(el: HTMLTextAreaElement | HTMLInputElement, raw: string): boolean {
  el.focus();
  const start0 = el.selectionStart ?? el.value.length;
  const text = spaced(raw, el.value.slice(0, start0), el.value.slice(el.selectionEnd ?? start0));
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
    kind: 'textarea',
    readDraft: () => el.value,
    insert: async (text) => insertIntoTextField(el, text),
  };
}

/**
 * Adds the space a person would type: after a word or sentence the cursor follows, and
 * before text that continues right after the cursor.
 */
export function spaced(text: string, before: string, after: string): string {
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^[\s.,!?;:]/.test(after) ? ' ' : '';
  return `${lead}${text}${trail}`;
}
