/**
 * Pointing at the page: the element under the pointer is outlined, a click chooses it and never
 * reaches the page; the keyboard does the same (arrows move, Enter chooses, Esc cancels). Works
 * through open shadow roots (the deepest element of the event's path) and same-origin frames.
 */
export interface Picker {
  /** The element outlined now. */
  current(): Element | null;
  stop(): void;
}

interface Options {
  /** Our own host element: events there are the teach panel's, not the page's. */
  host: Element;
  outline: HTMLElement;
  label: HTMLElement;
  onPick(el: Element): void;
  onCancel(): void;
  /** Where the outline is now, so the panel can keep out of its way. */
  onOutline?(box: { top: number; height: number }): void;
}

const IGNORED = new Set(['HTML', 'BODY', 'HEAD', 'SCRIPT', 'STYLE']);

export function startPicker(top: Document, options: Options): Picker {
  const controller = new AbortController();
  const { signal } = controller;
  let current: Element | null = null;

  const show = (el: Element | null) => {
    current = el;
    if (!el) {
      options.outline.hidden = true;
      return;
    }
    const box = boxOf(el);
    Object.assign(options.outline.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    options.outline.hidden = false;
    options.label.textContent = describe(el);
    options.onOutline?.(box);
  };

  const target = (e: Event): Element | null => {
    const el = e.composedPath()[0];
    if (!(el && (el as Node).nodeType === 1) || el === options.host) return null;
    return IGNORED.has((el as Element).tagName) ? null : (el as Element);
  };

  const onMove = (e: Event) => {
    const el = target(e);
    if (el) show(el);
  };
  // The page must not react to a click that chooses: the whole press is swallowed.
  const swallow = (e: Event) => {
    if (!target(e)) return;
    e.preventDefault();
    e.stopPropagation();
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event) => {
    const el = target(e);
    if (!el) return;
    swallow(e);
    show(el);
    options.onPick(el);
  };
  const onKey = (e: KeyboardEvent) => {
    const from = current ?? top.elementFromPoint(innerWidth / 3, innerHeight / 2);
    let next: Element | null | undefined;
    if (e.key === 'Escape') {
      e.preventDefault();
      return options.onCancel();
    }
    if (e.key === 'ArrowUp') next = from?.parentElement;
    else if (e.key === 'ArrowDown') next = from?.firstElementChild;
    else if (e.key === 'ArrowLeft') next = from?.previousElementSibling;
    else if (e.key === 'ArrowRight') next = from?.nextElementSibling;
    else if (e.key === 'Enter' && current && !(e.composedPath()[0] as Element)?.closest?.('button')) {
      e.preventDefault();
      return options.onPick(current);
    } else return;
    e.preventDefault();
    if (next && !IGNORED.has(next.tagName)) show(next);
    else if (!current && from) show(from);
  };

  for (const doc of documents(top)) {
    doc.addEventListener('mousemove', onMove, { capture: true, signal });
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) doc.addEventListener(type, swallow, { capture: true, signal });
    doc.addEventListener('click', onClick, { capture: true, signal });
    doc.addEventListener('keydown', onKey, { capture: true, signal });
  }
  return {
    current: () => current,
    stop() {
      controller.abort();
      options.outline.hidden = true;
    },
  };
}

/** The page's document and the same-origin frames' documents, two levels deep. */
function documents(top: Document, depth = 0): Document[] {
  const out = [top];
  if (depth >= 2) return out;
  for (const frame of top.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument) out.push(...documents(frame.contentDocument, depth + 1));
    } catch {
      // cross-origin
    }
  }
  return out;
}

/** An element's box in the top viewport, across the frames it sits in. */
function boxOf(el: Element): { left: number; top: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const f = frame.getBoundingClientRect();
    left += f.left;
    top += f.top;
  }
  return { left, top, width: r.width, height: r.height };
}

/** What the outlined element is, for the label: its tag and one stable-looking hook. */
function describe(el: Element): string {
  const hook = ['data-testid', 'data-test-id', 'role', 'aria-label'].map((a) => el.getAttribute(a)).find(Boolean);
  return `${el.tagName.toLowerCase()}${hook ? ` · ${hook.slice(0, 30)}` : ''}`;
}
