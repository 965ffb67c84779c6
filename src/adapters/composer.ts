import type { ComposerKind, SiteDefinition } from '../engine/site-schema';
import { ckeditorComposer } from './ckeditor';
import { contentEditableComposer } from './contenteditable';
import { textareaComposer } from './insert';
import { firstMatch } from './query';
import type { Composer } from './types';

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';

/**
 * The reply box a definition points at, reached through its editor's own input path. A selector
 * may name the editor's wrapper rather than the editable element itself: the editable inside it
 * is used then. Looked for in the definition's scope only, where several tickets are mounted.
 */
export function findComposer(def: SiteDefinition, scope: ParentNode): { composer: Composer; index: number } | null {
  if (!def.composer) return null;
  const found = firstMatch(scope, def.composer.selector);
  if (!found) return null;
  const editable = isEditable(found.element) ? found.element : found.element.querySelector(EDITABLE);
  if (!editable || !isEditable(editable) || !editable.isConnected) return null;
  return { composer: composerOfKind(editable as HTMLElement, def.composer.kind), index: found.index };
}

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
