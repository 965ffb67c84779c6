import type { ComposerKind, SiteDefinition } from '../engine/site-schema';
import { ckeditorComposer } from './ckeditor';
import { contentEditableComposer, lastEditable } from './contenteditable';
import { textareaComposer } from './insert';
import { queryAll } from './query';
import type { Composer } from './types';

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';

/**
 * The reply box a definition points at, reached through its editor's own input path. A selector
 * may name the editor's wrapper rather than the editable element itself: the editable inside it
 * is used then. Looked for in the definition's scope only, where several tickets are mounted.
 */
export function findComposer(def: SiteDefinition, scope: ParentNode): { composer: Composer; index: number } | null {
  if (!def.composer) return null;
  for (const [index, selector] of def.composer.selector.entries()) {
    const editables = queryAll(scope, selector)
      .map((found) => (isEditable(found) ? found : found.querySelector(EDITABLE)))
      .filter((el): el is HTMLElement => el !== null && isEditable(el) && el.isConnected);
    // Helpdesks keep closed editors in the page (a note editor behind the reply one, the previous
    // reply box during a re-mount): the one the agent is in, else the one last used (a click on
    // the sidebar takes focus from it), else one on screen, else the first.
    // One match (the usual case) is taken as it is: asking whether it is on screen would make the
    // browser lay the page out on every read.
    const editable =
      editables.length < 2
        ? editables[0]
        : (editables.find((el) => el.ownerDocument.activeElement === el || el === lastEditable()) ??
          editables.find(onScreen) ??
          editables[0]);
    if (editable) return { composer: composerOfKind(editable, def.composer.kind), index };
  }
  return null;
}

/** Laid out at all: not display:none, not in a collapsed pane. (A page parsed for examples has no layout: every element counts.) */
const onScreen = (el: HTMLElement) => el.getClientRects().length > 0 || !el.ownerDocument.defaultView;

// By tag and property, not instanceof: a reply box in a same-origin frame belongs to that
// frame's realm, whose HTMLElement is not ours.
const isTextarea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';
// The attribute too: a page parsed for a definition's examples is never rendered, so never "editable".
const isEditable = (el: Element) =>
  isTextarea(el) || (el as HTMLElement).isContentEditable === true || ['', 'true'].includes(el.getAttribute('contenteditable') ?? '-');

export function composerOfKind(el: HTMLElement, kind: ComposerKind): Composer {
  if (isTextarea(el)) return { ...textareaComposer(el), kind: 'textarea' };
  // CKEditor 5 through its page-world bridge where one runs (Zendesk), its beforeinput handling elsewhere.
  if (kind === 'ckeditor5') return { ...ckeditorComposer(el, contentEditableComposer(el)), kind };
  return { ...contentEditableComposer(el), kind };
}
