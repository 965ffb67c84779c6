import type { UnmarkedAuthors } from '../engine/site-report';
import type { RoleRule, SiteDefinition, ValueSource } from '../engine/site-schema';
import type { Message, Role, Ticket } from '../engine/types';
import { attr, text } from './dom';
import { authorRoles } from './authors';
import { messageText } from './message-text';
import { firstMatch, hasMatch, queryAll, queryOne } from './query';
import { matchTemplate, urlTail } from './template';

export type ReadProblem = 'no-conversation' | 'no-messages' | 'switching';

export type Reading =
  | {
      ok: true;
      ticket: Ticket;
      root: Element;
      /** A "load more" control is showing: older messages are not read yet. */
      olderHidden: boolean;
      /** Messages whose author the page does not mark, and how they were read (the sidebar says so). */
      unmarked?: UnmarkedAuthors;
    }
  | { ok: false; problem: ReadProblem };

/** What the page cannot say but Composure knows: the agent's own name, from the settings. */
export interface ReadContext {
  agentName?: string;
}

/** A definition's code hooks, for what data cannot say (Gmail: the agent is the signed-in account). */
export interface SiteHooks {
  role?(item: Element, doc: Document): Role | undefined;
}

/** The ticket id the URL names, by the definition's url templates. */
export function ticketIdFromUrl(def: SiteDefinition, url: URL): string | undefined {
  for (const source of def.ticketId ?? []) {
    if (!('url' in source)) continue;
    const value = matchTemplate(source.url, urlTail(url), 'url');
    if (value) return value;
  }
  return undefined;
}

/** The definition's scope for this URL: the active ticket's pane, or the whole document. */
export function scopeOf(def: SiteDefinition, doc: Document, url: URL): ParentNode | null {
  if (!def.scope) return doc;
  const id = ticketIdFromUrl(def, url);
  for (const selector of def.scope) {
    // Alternatives naming the ticket ("{id}") apply only when the URL names one.
    if (selector.includes('{id}') && !id) continue;
    const el = queryOne(doc, selector.replaceAll('{id}', (id ?? '').replace(/["\\]/g, '\\$&')));
    if (el) return el;
  }
  return null;
}

/** Reads the ticket on the page as the definition describes it. Never throws, never changes the page. */
export function readSite(def: SiteDefinition, doc: Document, url: URL, hooks: SiteHooks = {}, context: ReadContext = {}): Reading {
  const scope = scopeOf(def, doc, url);
  if (!scope) return { ok: false, problem: 'no-conversation' };
  const container = firstMatch(scope, def.conversation);
  // The reply box is never a message, even where the helpdesk renders it as one of the items (Freshdesk).
  const replyBox = def.composer ? firstMatch(scope, def.composer.selector)?.element : undefined;
  const items = messageItems(def, container?.element ?? scope).filter((item) => !replyBox || !item.contains(replyBox));
  const root = container?.element ?? commonAncestor(items);
  if (!root) return { ok: false, problem: 'no-conversation' };
  if (!items.length) return { ok: false, problem: 'no-messages' };

  const authors = items.map((item) => firstText(item, def.author));
  const firstAuthor = authors[0];
  const requester = readValue(def.requester, doc, url, scope, firstAuthor);
  const olderHidden = def.olderHidden ? firstMatch(scope, def.olderHidden) : null;
  // With older messages not loaded, the first one shown did not open the ticket.
  const marked = (item: Element) => roleOf(def, hooks, item, doc);
  const who = authorRoles(def, items, authors, requester, marked, context.agentName, olderHidden === null);
  let messages: Message[] = items.map((item, i) => {
    const author = authors[i] ?? '';
    const time = firstMatch(item, def.time)?.element;
    return {
      role: who.roles[i] ?? def.defaultRole ?? 'customer',
      author: author || undefined,
      text: bodyText(def, item),
      time: time ? (attr(time, 'datetime') ?? attr(time, 'aria-label') ?? (text(time) || undefined)) : undefined,
    };
  });
  if (def.order === 'newest-first') messages = messages.reverse();

  // The URL changes before the page shows the new ticket: a page that still names another
  // ticket than the URL is mid-switch, and must not be read as the new one.
  const fromUrl = ticketIdFromUrl(def, url);
  const fromPage = readValue(
    def.ticketId?.filter((s) => !('url' in s)),
    doc,
    url,
    scope,
    firstAuthor,
  );
  if (fromUrl && fromPage && fromUrl !== fromPage) return { ok: false, problem: 'switching' };
  return {
    ok: true,
    root,
    olderHidden: olderHidden !== null,
    // Without role rules, what is not told by a name or an address is a guess (HubSpot, Front,
    // Gorgias): the sidebar says how it was made.
    unmarked: !def.roles?.length && who.guessed ? { count: who.guessed, readAs: who.readAs } : undefined,
    ticket: {
      helpdesk: def.id,
      id: fromUrl ?? fromPage,
      subject: readValue(def.subject, doc, url, scope, firstAuthor),
      requester: { name: who.requester.name || undefined, email: who.requester.email },
      messages,
    },
  };
}

/** The message elements: the first alternative that finds any, minus excluded and nested ones. */
function messageItems(def: SiteDefinition, within: ParentNode): Element[] {
  let found: Element[] = [];
  for (const selector of def.message ?? []) {
    found = queryAll(within, selector);
    if (found.length) break;
  }
  const excluded = found.filter((item) => def.exclude?.some((s) => hasMatch(item, s)));
  const kept = new Set(found.filter((item) => !excluded.includes(item)));
  // A selector may match a message and a part inside it; the outermost is the message.
  const items = [...kept].filter((item) => {
    for (let up = item.parentElement; up; up = up.parentElement) if (kept.has(up)) return false;
    return true;
  });
  return items;
}

/** The role the page itself marks: a hook, or the first role rule that matches. */
function roleOf(def: SiteDefinition, hooks: SiteHooks, item: Element, doc: Document): Role | undefined {
  return hooks.role?.(item, doc) || def.roles?.find((rule) => ruleMatches(rule, item))?.role;
}

/** The first body alternative that gives text: an element's own words, or an attribute holding them. */
function bodyText(def: SiteDefinition, item: Element): string {
  for (const body of def.body ?? []) {
    const el = queryOne(item, typeof body === 'string' ? body : body.selector);
    if (!el) continue;
    const value = typeof body === 'string' ? messageText(el) : htmlText(attr(el, body.attribute) ?? '');
    if (value) return value;
  }
  return messageText(item);
}

/** Text of an HTML string, parsed into an inert document: nothing in it runs or loads. */
function htmlText(html: string): string {
  if (!html.includes('<')) return html.trim();
  return messageText(new DOMParser().parseFromString(html, 'text/html').body);
}

function ruleMatches(rule: RoleRule, item: Element): boolean {
  const el = hasMatch(item, rule.selector);
  return el !== null && (!rule.text || text(el).toLowerCase().includes(rule.text.toLowerCase()));
}

function firstText(item: Element, alternatives: readonly string[] | undefined): string {
  const found = firstMatch(item, alternatives);
  return found ? text(found.element) : '';
}

/** A value from the first source that gives one: an element (text, attribute or value), the URL, the title. */
export function readValue(
  sources: readonly ValueSource[] | undefined,
  doc: Document,
  url: URL,
  scope: ParentNode,
  firstAuthor: string | undefined,
): string | undefined {
  for (const source of sources ?? []) {
    let value: string | undefined;
    if ('url' in source) value = matchTemplate(source.url, urlTail(url), 'url');
    else if ('title' in source) value = matchTemplate(source.title, doc.title);
    else if ('firstAuthor' in source) value = firstAuthor;
    else {
      const el = queryOne(scope, source.selector) ?? (scope === doc ? null : queryOne(doc, source.selector));
      if (el && 'property' in source) value = (el as HTMLInputElement).value;
      else if (el && 'attribute' in source && source.attribute) value = attr(el, source.attribute);
      else if (el) value = text(el);
    }
    value = value?.trim();
    if (value) return value;
  }
  return undefined;
}

function commonAncestor(items: Element[]): Element | null {
  const [first, ...rest] = items;
  if (!first) return null;
  if (!rest.length) return first.parentElement;
  for (let up = first.parentElement; up; up = up.parentElement) if (rest.every((el) => up.contains(el))) return up;
  return null;
}
