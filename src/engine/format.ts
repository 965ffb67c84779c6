/**
 * The canonical form of a pack file: fixed key order, language keys with "en" first, phrase
 * lists sorted and de-duplicated, two-space JSON. `npm run packs:check` requires every pack
 * to round-trip unchanged, so diffs of packs stay small and readable.
 */
const KEY_ORDER = [
  'schemaVersion',
  'id',
  'kind',
  'signal',
  'name',
  'description',
  'version',
  'source',
  'quote',
  'languages',
  'defaultEnabled',
  'extends',
  'disable',
  'weight',
  'note',
  'moment',
  'signals',
  'steps',
  'when',
  'find',
  'unless',
  'require',
  'covers',
  'prompt',
  'phrases',
  'exceptions',
  'regex',
  'shouting',
  'punctuation',
  'masked',
  'negatable',
  'text',
  'why',
  'alternatives',
  'methods',
  'suggestions',
  'draftChecks',
  'sites',
  'match',
  'hosts',
  'paths',
  'ticketId',
  'subject',
  'requester',
  'scope',
  'conversation',
  'message',
  'exclude',
  'body',
  'author',
  'time',
  'roles',
  'selector',
  'attribute',
  'property',
  'url',
  'title',
  'firstAuthor',
  'authorIsRequester',
  'defaultRole',
  'order',
  'composer',
  'olderHidden',
  'watchAttributes',
  'html',
  'messages',
  'thread',
  'role',
  'draft',
  'method',
  'expect',
  'examples',
];
const rank = (key: string) => {
  const i = KEY_ORDER.indexOf(key);
  return i < 0 ? KEY_ORDER.length : i;
};
const LANG_KEY = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

function canonical(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v));
    const sortable =
      (parentKey === 'phrases' || parentKey === 'exceptions' || parentKey === 'regex') && items.every((v) => typeof v === 'string');
    return sortable ? [...new Set(items as string[])].sort((a, b) => a.localeCompare(b, 'en')) : items;
  }
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const allLangs = entries.length > 0 && entries.every(([k]) => LANG_KEY.test(k));
  entries.sort(([a], [b]) =>
    allLangs ? (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)) : rank(a) - rank(b) || a.localeCompare(b),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, allLangs ? parentKey : k)]));
}

export function formatPack(pack: unknown): string {
  return `${JSON.stringify(canonical(pack), null, 2)}\n`;
}
