import * as v from 'valibot';
import { selectorProblem } from './site-selectors';

/**
 * A site definition: everything Composure needs to read a helpdesk page, as data — CSS
 * selectors, no code. Built-in helpdesks are definitions too (src/adapters/<helpdesk>.ts); a
 * team's definition overrides fields of one (`extends`) or describes a helpdesk Composure has
 * never heard of. Part of the pack format (`sites`), and pushed by policy (`siteDefinitions`).
 *
 * Selectors are CSS, tried in order until one matches. ` >>> ` steps into an element's open
 * shadow root or a same-origin frame's document ("ticket-details >>> h2"). Templates read a
 * value out of the URL or the page title without regular expressions: "{value}" is the part
 * to take, "{*}" any text ("[#{value}] {*}" on "[#311] Wrong size : Acme" gives "311").
 */

export const ROLES = ['customer', 'agent', 'internal', 'system'] as const;
export const COMPOSER_KINDS = [
  'textarea',
  'contenteditable',
  'ckeditor5',
  'prosemirror',
  'slate',
  'lexical',
  'froala',
  'quill',
  'draftjs',
] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and "-" (at most 63)'));
const selector = v.pipe(
  v.string(),
  v.check(
    (s) => selectorProblem(s) === undefined,
    (issue) => `selector ${JSON.stringify(String(issue.input).slice(0, 60))} ${selectorProblem(String(issue.input))}`,
  ),
);
/** Alternatives in order: the first that matches is used. */
const selectors = v.pipe(v.array(selector), v.minLength(1, 'needs at least one selector'), v.maxLength(8, 'has more than 8 alternatives'));
const HOLE = /\{([^}]*)\}/g;
const template = v.pipe(
  v.string(),
  v.maxLength(200),
  v.check(
    (t) => [...t.matchAll(HOLE)].every((m) => ['*', 'value', 'value:digits', 'value:alnum', 'value:key'].includes(m[1] as string)),
    'a template marks the part to take with {value} (or {value:digits}, {value:alnum}, {value:key}) and skips text with {*}',
  ),
);

/** Where a value (ticket id, subject, requester) comes from, tried in order. */
export const ValueSourceSchema = v.union([
  v.strictObject({ selector, attribute: v.optional(v.pipe(v.string(), v.regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,60}$/))) }),
  v.strictObject({ selector, property: v.literal('value') }),
  v.strictObject({ url: template }),
  v.strictObject({ title: template }),
  /** The author of the first message (helpdesks where the requester opened the ticket). */
  v.strictObject({ firstAuthor: v.literal(true) }),
]);
const valueSources = v.pipe(v.array(ValueSourceSchema), v.minLength(1), v.maxLength(6));

export const RoleRuleSchema = v.strictObject({
  role: v.picklist(ROLES),
  /** Matches the message element itself or an element inside it. */
  selector,
  /** … whose text contains this (case-insensitive): "Work notes", "private note". */
  text: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
});

export const SiteExampleSchema = v.strictObject({
  url: v.pipe(v.string(), v.url('must be a full URL, e.g. https://acme.example/tickets/1')),
  title: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** A small page: just the parts the definition reads. */
  html: v.pipe(v.string(), v.maxLength(50_000, 'is longer than 50,000 characters')),
  expect: v.strictObject({
    messages: v.optional(v.pipe(v.array(v.strictObject({ role: v.picklist(ROLES), text: v.optional(v.string()) })), v.maxLength(100))),
    ticketId: v.optional(v.string()),
    subject: v.optional(v.string()),
    requester: v.optional(v.string()),
    composer: v.optional(v.boolean()),
  }),
});

const SiteDefinitionObject = v.strictObject({
  id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  /** A built-in helpdesk whose definition this one changes: fields given here replace its fields. */
  extends: v.optional(id),
  /** Where it applies: host patterns ("*.zendesk.com", "support.acme.example") and ticket paths ("/agent/tickets/{id}"). */
  match: v.optional(
    v.strictObject({
      hosts: v.pipe(
        v.array(
          v.pipe(v.string(), v.regex(/^(\*\.)?[a-z0-9.-]+(:\d+)?$/, 'write a host such as "support.acme.example" or "*.acme.example"')),
        ),
        v.minLength(1),
        v.maxLength(20),
      ),
      paths: v.optional(v.pipe(v.array(template), v.maxLength(10))),
    }),
  ),
  ticketId: v.optional(valueSources),
  subject: v.optional(valueSources),
  requester: v.optional(valueSources),
  /** The active ticket's pane, where several stay mounted; "{id}" is the ticket id from the URL. */
  scope: v.optional(selectors),
  /** The messages' container. Optional: without it, the messages' nearest common ancestor. */
  conversation: v.optional(selectors),
  message: v.optional(selectors),
  /** Elements matched by `message` that are not messages (the composer, a "load more" row). */
  exclude: v.optional(selectors),
  /** The message's text; `{selector, attribute}` reads an attribute that holds it (HTML or text). */
  body: v.optional(
    v.pipe(
      v.array(v.union([selector, v.strictObject({ selector, attribute: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/)) })])),
      v.minLength(1),
      v.maxLength(8),
    ),
  ),
  author: v.optional(selectors),
  time: v.optional(selectors),
  /** How to tell who wrote a message; the first rule that matches decides. */
  roles: v.optional(v.pipe(v.array(RoleRuleSchema), v.maxLength(20))),
  /** Messages whose author is the requester (by name or e-mail address) are the customer's. */
  authorIsRequester: v.optional(v.boolean()),
  /**
   * The requester opened the ticket: where no message names them, the first message's sender
   * (unless it is the agent) is the requester, and so are their other messages.
   */
  requesterOpened: v.optional(v.boolean()),
  /** The role of a message no rule decides. */
  defaultRole: v.optional(v.picklist(ROLES)),
  order: v.optional(v.picklist(['oldest-first', 'newest-first'])),
  composer: v.optional(v.strictObject({ selector: selectors, kind: v.picklist(COMPOSER_KINDS) })),
  /** The helpdesk's own Send button for a public reply: the send guard may hold it once. */
  send: v.optional(selectors),
  /** A control that loads older messages: when present, the sidebar says some are not read yet. */
  olderHidden: v.optional(selectors),
  /** Attributes whose change means another ticket is shown (a tab switch that mounts nothing). */
  watchAttributes: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/))), v.maxLength(4))),
  examples: v.optional(v.pipe(v.array(SiteExampleSchema), v.maxLength(20))),
});

export const SiteDefinitionSchema = v.pipe(
  SiteDefinitionObject,
  v.check(
    (d) => d.extends !== undefined || (d.match !== undefined && d.message !== undefined),
    'a definition that extends no built-in helpdesk needs "match" and "message"',
  ),
);

export type SiteDefinition = v.InferOutput<typeof SiteDefinitionSchema>;
export type ValueSource = v.InferOutput<typeof ValueSourceSchema>;
export type RoleRule = v.InferOutput<typeof RoleRuleSchema>;
export type SiteExample = v.InferOutput<typeof SiteExampleSchema>;
