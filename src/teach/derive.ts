import type { ComposerKind, RoleRule, SiteDefinition } from '../engine/site-schema';
import type { Role } from '../engine/types';
import { hasMatch } from '../adapters/query';
import { type Candidate, candidates, countIn, hostPath, rootOf, uniqueSelector } from './selectors';

/** What the agent clicked: one customer message, and optionally an agent reply, a note, the reply box. */
export interface Samples {
  customer: Element;
  agent?: Element;
  note?: Element;
  composer?: Element;
}

export interface Derived {
  definition: SiteDefinition;
  /** What could not be worked out, in plain words, for the preview. */
  gaps: string[];
}

interface Base {
  /** The built-in helpdesk being fixed, if any: the definition extends it. */
  extends?: { id: string; name: string; scope?: Element | null };
  url: URL;
  top: Document;
}

/**
 * A site definition from the agent's clicks: the repeated element that holds each message
 * (generalised from the one clicked), what tells the customer's from the agent's and the notes,
 * where the text is, and the reply box. Stable hooks first; the preview shows what it reads.
 */
export function deriveDefinition(samples: Samples, base: Base): Derived {
  const gaps: string[] = [];
  const clicked = [samples.customer, samples.agent, samples.note].filter((e): e is Element => e !== undefined);
  const item = itemSelector(clicked);
  const def: Record<string, unknown> = base.extends
    ? { id: `${base.extends.id}-taught`, name: `${base.extends.name} (taught)`, extends: base.extends.id }
    : { id: slug(base.url.hostname), name: base.url.hostname, match: { hosts: [base.url.host] }, ...ticketIdFrom(base.url) };
  if (!item) {
    gaps.push('The message you clicked is not repeated on the page: Composure cannot tell which elements are messages.');
    return { definition: { ...def, message: [uniqueSelector(samples.customer) ?? 'body'] } as SiteDefinition, gaps };
  }
  const prefix = hostPath(item.items[0] as Element, base.top);
  const inFrame = (selector: string) => (prefix ? `${prefix} >>> ${selector}` : selector);
  def.message = [inFrame(item.selector)];
  // Where the built-in's own scope (its active pane) no longer holds the conversation, read the whole page.
  if (base.extends && !base.extends.scope?.contains(samples.customer)) def.scope = ['body'];

  const itemOf = (el: Element | undefined) => (el ? item.items.find((i) => i.contains(el)) : undefined);
  const roles = roleRules(item.items, { customer: itemOf(samples.customer), agent: itemOf(samples.agent), internal: itemOf(samples.note) });
  def.roles = roles.rules;
  def.defaultRole = roles.defaultRole;
  if (!roles.rules.some((r) => r.role === 'customer'))
    gaps.push("Composure could not find what marks the customer's messages; every message is read as the customer's.");

  const body = bodySelector(samples.customer, itemOf(samples.customer) as Element, item.items);
  if (body) def.body = [body];

  if (samples.composer) {
    const composer = composerOf(samples.composer, base.top);
    if (composer) def.composer = composer;
    else gaps.push('The reply box you clicked could not be found again by a selector.');
  }
  return { definition: def as unknown as SiteDefinition, gaps };
}

/**
 * The element that holds one message, generalised: the lowest ancestor of the clicked element
 * whose stable selector matches sibling elements — one per message — with every clicked
 * message in a different one.
 */
export function itemSelector(clicked: Element[]): { selector: string; items: Element[] } | null {
  const [first] = clicked;
  if (!first) return null;
  let level: Element | null = first;
  for (let depth = 0; level && depth < 15; depth++, level = level.parentElement) {
    const root = rootOf(level);
    // A bare tag says nothing about what an element is, but "the <li>s of the thread list" does.
    const parent = level.parentElement;
    const parentHook = parent ? candidates(parent).find((c) => c.rank < 6 && countIn(root, c.selector) === 1) : undefined;
    const options = [
      ...candidates(level).filter((c) => c.rank < 6),
      ...(parentHook ? [{ selector: `${parentHook.selector} > ${level.tagName.toLowerCase()}`, rank: 5 }] : []),
    ];
    for (const c of options) {
      const items = [...root.querySelectorAll(c.selector)];
      if (items.length < 2 || items.length > 1_000) continue;
      const shared = items[0]?.parentNode;
      if (!items.every((i) => i.parentNode === shared)) continue;
      const holders = clicked.map((el) => items.findIndex((i) => i.contains(el)));
      if (holders.some((h) => h < 0) || new Set(holders).size !== holders.length) continue;
      return { selector: c.selector, items };
    }
  }
  return null;
}

/** Role markers: what the customer's (agent's, note's) message has that the other clicked ones do not. */
function roleRules(items: Element[], samples: Partial<Record<Role, Element>>): { rules: RoleRule[]; defaultRole: Role } {
  const rules: RoleRule[] = [];
  const sampled = Object.entries(samples).filter((e): e is [Role, Element] => e[1] !== undefined);
  for (const [role, sample] of sampled) {
    const others = sampled.filter(([r]) => r !== role).map(([, el]) => el);
    const marker = features(sample)
      .filter((f) => others.every((o) => !hasMatch(o, f.selector)))
      .map((f) => ({ ...f, matched: items.filter((i) => hasMatch(i, f.selector)).length }))
      // It must tell messages apart: found in some, not in all.
      .filter((f) => f.matched >= 1 && f.matched < items.length)
      .sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.selector.length - b.selector.length)[0];
    if (marker) rules.push({ role, selector: marker.selector });
  }
  // Internal notes first: a note is often also marked as written by an agent.
  rules.sort((a, b) => (a.role === 'internal' ? -1 : 0) - (b.role === 'internal' ? -1 : 0));
  const marked = new Set(rules.map((r) => r.role));
  const defaultRole: Role = marked.has('customer') ? (marked.has('agent') ? 'system' : 'agent') : 'customer';
  return { rules, defaultRole };
}

/** Stable selectors of an element and of what it holds (three levels deep), as role markers. */
function features(item: Element): (Candidate & { depth: number })[] {
  const out: (Candidate & { depth: number })[] = [];
  const visit = (el: Element, depth: number) => {
    for (const c of candidates(el)) if (c.rank < 6) out.push({ ...c, depth });
    if (depth < 3) for (const child of [...el.children].slice(0, 20)) visit(child, depth + 1);
  };
  visit(item, 0);
  return out;
}

/** Where a message's text is: the element on the clicked path found once in (nearly) every message. */
function bodySelector(clicked: Element, item: Element, items: Element[]): string | undefined {
  for (let el: Element | null = clicked; el && el !== item; el = el.parentElement) {
    for (const c of candidates(el)) {
      if (c.rank >= 6) continue;
      const once = items.filter((i) => countIn(i, c.selector) === 1).length;
      if (once >= Math.max(1, Math.ceil(items.length * 0.75))) return c.selector;
    }
  }
  return undefined;
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';

function composerOf(clicked: Element, top: Document): SiteDefinition['composer'] {
  const editable = clicked.closest(EDITABLE) ?? clicked.querySelector(EDITABLE);
  if (!editable) return undefined;
  // The editable root, not a paragraph inside it.
  let rootEditable = editable;
  while (rootEditable.parentElement?.closest(EDITABLE)) rootEditable = rootEditable.parentElement.closest(EDITABLE) as Element;
  const selector = uniqueSelector(rootEditable);
  if (!selector) return undefined;
  const prefix = hostPath(rootEditable, top);
  return { selector: [prefix ? `${prefix} >>> ${selector}` : selector], kind: editorKind(rootEditable) };
}

export function editorKind(el: Element): ComposerKind {
  if (el.tagName === 'TEXTAREA') return 'textarea';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.hasAttribute('data-slate-editor')) return 'slate';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('fr-element')) return 'froala';
  if (el.closest('.DraftEditor-root')) return 'draftjs';
  return 'contenteditable';
}

/** The ticket id from the URL's last path segment that holds digits: "/tickets/4411" → "/tickets/{value:digits}". */
function ticketIdFrom(url: URL): { ticketId?: SiteDefinition['ticketId'] } {
  const segments = url.pathname.split('/');
  const at = segments.findLastIndex((s) => /\d/.test(s));
  if (at < 0) return {};
  const shape = /^\d+$/.test(segments[at] as string) ? 'digits' : /^[A-Za-z0-9]+$/.test(segments[at] as string) ? 'alnum' : null;
  if (!shape) return {};
  return { ticketId: [{ url: `${segments.slice(0, at).join('/')}/{value:${shape}}` }] };
}

const slug = (host: string) =>
  host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 63) || 'taught-site';
