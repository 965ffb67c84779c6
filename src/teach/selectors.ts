/**
 * Selectors for an element that survive a helpdesk's next deploy: stable attributes first
 * (test ids, ARIA roles, editor classes), hashed class names avoided, structure as a last
 * resort. Never an attribute that holds ticket content (names, e-mail addresses, titles).
 */

const TEST_ID_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa', 'data-id'];
/** Attributes whose values are the page's text or the ticket's data, not its structure. */
const CONTENT_ATTRS =
  /^(id|class|style|title|alt|href|src|srcdoc|value|placeholder|name|content|datetime|aria-label|aria-describedby|aria-labelledby|aria-valuenow|aria-valuetext|email|tabindex|dir|lang|for|width|height)$/;
const EDITOR_CLASSES = ['ProseMirror', 'ql-editor', 'ck-editor__editable', 'fr-element', 'public-DraftEditor-content', 'cke_editable'];

const cssString = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;
const ident = (v: string) => (/^[A-Za-z_][\w-]*$/.test(v) ? v : null);

/** A class a build tool generated ("sc-1x2y3z", "css-7uss0q", "kPq12", "jYzpKd"): it changes with each deploy. */
export function hashedClass(c: string): boolean {
  if (/^(sc|css|jsx|emotion|svelte)-/i.test(c)) return true; // sc-1x2y3z, css-7uss0q
  if (/-sc-[a-z0-9]+/.test(c)) return true; // Name__StyledDiv-sc-9k8j7h-3
  if (/(--|__)[\w-]*\d[\w]*$/.test(c)) return true; // MessageBubble--body--1aB2c
  // Short tokens with digits or inner capitals and no separators: "kPq12", "bXqWzT".
  return !/[-_]/.test(c) && c.length <= 8 && (/\d/.test(c) || /[a-z][A-Z]/.test(c));
}

/** The stable prefix of a generated class ("MessageBubble--messageBubble--3kF2a" → "MessageBubble--messageBubble"). */
function classPrefix(c: string): string | null {
  const styled = /^(.+__[A-Za-z]+)-sc-/.exec(c)?.[1];
  if (styled) return styled;
  const module = /^([A-Za-z][\w]*--[A-Za-z][\w]*)--[A-Za-z0-9]+$/.exec(c)?.[1];
  return module ?? null;
}

/** A value that names one item ("thread-7731", "msg-18c1-2"): its stable prefix, if it has one. */
function valuePrefix(v: string): string | null {
  const m = /^([A-Za-z][A-Za-z_.-]*?[-_.:])\w*\d\w*$/.exec(v);
  return m?.[1] ?? null;
}

const looksLikeData = (v: string) => v.length > 40 || /[@\s]/.test(v) || /\d{5,}/.test(v);

export interface Candidate {
  selector: string;
  /** Lower is more stable. */
  rank: number;
}

/** Simple selectors for `el` alone, most stable first. */
export function candidates(el: Element): Candidate[] {
  const out: Candidate[] = [];
  const tag = el.tagName.toLowerCase();
  const add = (selector: string, rank: number) => {
    if (!out.some((c) => c.selector === selector)) out.push({ selector, rank });
  };
  for (const a of TEST_ID_ATTRS) {
    const v = el.getAttribute(a);
    if (v === null) continue;
    if (!v) add(`[${a}]`, 0);
    else if (!looksLikeData(v) && !/\d/.test(v)) add(`[${a}=${cssString(v)}]`, 0);
    else if (valuePrefix(v)) add(`[${a}^=${cssString(valuePrefix(v) as string)}]`, 1);
    else add(`[${a}]`, 2);
  }
  for (const c of EDITOR_CLASSES) if (el.classList.contains(c)) add(`.${c}`, 0);
  if (el.hasAttribute('data-slate-editor')) add('[data-slate-editor]', 0);
  if (el.hasAttribute('data-lexical-editor')) add('[data-lexical-editor]', 0);
  const role = el.getAttribute('role');
  if (role) add(`${tag}[role=${cssString(role)}]`, 1);
  for (const { name, value } of [...el.attributes]) {
    if (CONTENT_ATTRS.test(name) || TEST_ID_ATTRS.includes(name) || name.startsWith('on')) continue;
    if (name.startsWith('aria-') && !['aria-label', 'aria-roledescription'].includes(name)) continue;
    if (!value) add(`[${name}]`, 2);
    else if (!looksLikeData(value) && !/\d{3,}/.test(value)) add(`[${name}=${cssString(value)}]`, 2);
    else if (valuePrefix(value)) add(`[${name}^=${cssString(valuePrefix(value) as string)}]`, 3);
    else add(`[${name}]`, 3);
  }
  // aria-label only where it is a fixed label ("Ticket thread"), never a sentence about the ticket.
  const label = el.getAttribute('aria-label');
  if (label && label.length <= 30 && !/\d/.test(label) && label.split(' ').length <= 3) add(`[aria-label=${cssString(label)}]`, 1);
  for (const c of el.classList) {
    if (EDITOR_CLASSES.includes(c)) continue;
    const prefix = classPrefix(c);
    if (prefix) add(`[class*=${cssString(prefix)}]`, 3);
    else if (!hashedClass(c) && ident(c)) add(`.${c}`, 4);
  }
  add(tag, 6);
  return out.sort((a, b) => a.rank - b.rank);
}

/** The root an element's selectors are relative to: its document or shadow root. */
export const rootOf = (el: Element): Document | ShadowRoot => el.getRootNode() as Document | ShadowRoot;

export function countIn(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The path from the top document to `el`'s root: shadow hosts and frames, each as a selector, joined by " >>> ". */
export function hostPath(el: Element, top: Document): string | null {
  const steps: string[] = [];
  let root = rootOf(el);
  for (let depth = 0; root !== top; depth++) {
    if (depth >= 2) return null;
    const host = 'host' in root ? root.host : (root.defaultView?.frameElement ?? null);
    if (!host) return null;
    const parentRoot = rootOf(host);
    const unique = candidates(host).find((c) => countIn(parentRoot, c.selector) === 1);
    if (!unique) return null;
    steps.unshift(unique.selector);
    root = parentRoot;
  }
  return steps.join(' >>> ');
}

/** One selector that finds exactly `el` in its root (for a container or a reply box), stable first. */
export function uniqueSelector(el: Element): string | null {
  const root = rootOf(el);
  for (const c of candidates(el)) if (countIn(root, c.selector) === 1) return c.selector;
  // Structure as a last resort: the nearest ancestor with a unique stable selector, then child steps.
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const anchor = candidates(cur).find((c) => c.rank < 6 && countIn(root, c.selector) === 1);
    if (anchor) return [anchor.selector, ...steps].join(' > ');
    const parent: Element | null = cur.parentElement;
    if (!parent) break;
    const index = [...parent.children].indexOf(cur) + 1;
    steps.unshift(`${cur.tagName.toLowerCase()}:nth-child(${index})`);
    if (steps.length > 6) break;
  }
  return null;
}
