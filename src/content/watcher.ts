/**
 * The one MutationObserver of a page view, in one of two modes:
 * - wide: while something is not there yet (the conversation renders late, the reply box
 *   mounts on a click, another ticket is coming), the whole document is watched for added
 *   elements — and nothing else is done: a batch with no added element is dropped at once.
 *   Same-origin frames are watched too (Salesforce's e-mail editor is two frames deep), and a
 *   frame that loads is a change;
 * - narrow: once read, only the conversation (its text and children), the elements above it
 *   (so a pane the helpdesk replaces wholesale is noticed), and those above the reply box.
 * Typing in the reply box is never a change of the ticket: its mutations are ignored.
 */
export interface Watcher {
  wide(attributes: readonly string[]): void;
  narrow(root: Element, composer: Element | null, attributes: readonly string[]): void;
  /** The reply box whose own mutations (typing, insertions) are not the ticket's. */
  ignore(composer: Element | null): void;
}

/** How deep into same-origin frames the wide mode looks. */
const FRAME_DEPTH = 2;

export function createWatcher(onChange: () => void, signal: AbortSignal): Watcher {
  let mode: 'off' | 'wide' | 'narrow' = 'off';
  let ignored: Element | null = null;
  let target: Element | null = null;
  let composerTarget: Element | null = null;
  let lastUrl = location.href;
  /** Documents watched in wide mode; a frame's document is replaced when it loads. */
  let watchedDocs = new Set<Document>();
  const listening = new WeakSet<Document>();
  const observer = new MutationObserver((records) => {
    const urlChanged = location.href !== lastUrl;
    lastUrl = location.href;
    if (urlChanged || records.some(relevant)) onChange();
  });
  const onFrameLoad = (e: Event) => {
    if (mode === 'wide' && (e.target as Element)?.tagName === 'IFRAME') onChange();
  };
  signal.addEventListener('abort', () => observer.disconnect());

  function relevant(record: MutationRecord): boolean {
    if (ignored && (record.target === ignored || ignored.contains(record.target))) return false;
    if (mode === 'narrow') return true;
    if (record.type === 'attributes') return true;
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) return true;
    return false;
  }

  function observeAbove(el: Element, attributes: readonly string[], except?: Element) {
    for (let up = el.parentElement; up && !up.contains(except ?? null); up = up.parentElement) {
      observer.observe(
        up,
        attributes.length ? { childList: true, attributes: true, attributeFilter: [...attributes] } : { childList: true },
      );
    }
  }

  function watchDocument(doc: Document, attributes: readonly string[], depth: number) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return;
    if (!watchedDocs.has(doc)) {
      watchedDocs.add(doc);
      observer.observe(root, {
        childList: true,
        subtree: true,
        ...(attributes.length ? { attributes: true, attributeFilter: [...attributes] } : {}),
      });
    }
    if (!listening.has(doc)) {
      listening.add(doc);
      // A frame's load does not bubble, but passes the capture phase of its parent document.
      doc.addEventListener('load', onFrameLoad, { capture: true, signal });
    }
    if (depth >= FRAME_DEPTH) return;
    for (const frame of doc.querySelectorAll('iframe')) {
      try {
        const inner = frame.contentDocument;
        if (inner) watchDocument(inner, [], depth + 1);
      } catch {
        // cross-origin: not ours to read
      }
    }
  }

  function reset() {
    observer.disconnect();
    watchedDocs = new Set();
  }

  return {
    wide(attributes) {
      if (mode !== 'wide') reset();
      mode = 'wide';
      target = null;
      // Called on every read while waiting: frames loaded since are taken in.
      watchDocument(document, attributes, 0);
    },
    narrow(root, composer, attributes) {
      if (mode === 'narrow' && target === root && composerTarget === composer) return;
      reset();
      mode = 'narrow';
      target = root;
      composerTarget = composer;
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observeAbove(root, attributes);
      // Above the reply box, up to where its ancestors meet the conversation's (already watched).
      if (composer) observeAbove(composer, [], root);
    },
    ignore(composer) {
      ignored = composer;
    },
  };
}
