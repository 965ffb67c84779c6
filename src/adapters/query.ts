/**
 * Querying a helpdesk page the way site definitions describe it: CSS, where " >>> " steps into
 * an element's open shadow root (Freshdesk's 2026 subject and contact card) or a same-origin
 * frame's document (ServiceNow's form, Salesforce's email body). Read-only.
 */
type Scope = ParentNode;

function inside(el: Element): Scope | null {
  if (el.shadowRoot) return el.shadowRoot;
  // By tag, not instanceof: a frame inside a frame belongs to another realm.
  if (el.tagName === 'IFRAME') {
    try {
      return (el as HTMLIFrameElement).contentDocument; // null, or a throw, for a cross-origin frame: not ours to read
    } catch {
      return null;
    }
  }
  return null;
}

/** Every element matching `selector` under `root`, across " >>> " steps. Invalid selectors match nothing. */
export function queryAll(root: Scope, selector: string): Element[] {
  const steps = selector.split('>>>').map((s) => s.trim());
  let scopes: Scope[] = [root];
  for (let i = 0; i < steps.length; i++) {
    const found: Element[] = [];
    for (const scope of scopes) {
      try {
        found.push(...scope.querySelectorAll(steps[i] as string));
      } catch {
        return [];
      }
    }
    if (i === steps.length - 1) return found;
    scopes = found.map(inside).filter((s): s is Scope => s !== null);
  }
  return [];
}

export function queryOne(root: Scope, selector: string): Element | null {
  if (!selector.includes('>>>')) {
    try {
      return root.querySelector(selector);
    } catch {
      return null;
    }
  }
  return queryAll(root, selector)[0] ?? null;
}

/** The first alternative that finds something, and which one it was (for the report). */
export function firstMatch(root: Scope, alternatives: readonly string[] | undefined): { element: Element; index: number } | null {
  for (const [index, selector] of (alternatives ?? []).entries()) {
    const element = queryOne(root, selector);
    if (element) return { element, index };
  }
  return null;
}

/** Whether `el` is, or contains, an element matching `selector` (a message's role marker). */
export function hasMatch(el: Element, selector: string): Element | null {
  try {
    if (!selector.includes('>>>') && el.matches(selector)) return el;
  } catch {
    return null;
  }
  return queryOne(el, selector);
}
