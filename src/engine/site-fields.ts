import type { SiteDefinition } from './site-schema';

/** The fields that hold selector lists (what the report checks one by one). */
export const SELECTOR_FIELDS = ['scope', 'conversation', 'message', 'exclude', 'author', 'time', 'olderHidden'] as const;
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

/** Every selector of a definition with its JSON path: for validation with a DOM and for reports. */
export function definitionSelectors(def: SiteDefinition): { path: string; selector: string }[] {
  const out: { path: string; selector: string }[] = [];
  const add = (path: string, selectors: readonly (string | { selector: string } | object)[] | undefined) => {
    for (const [i, s] of (selectors ?? []).entries()) {
      if (typeof s === 'string') out.push({ path: `${path}[${i}]`, selector: s });
      else if ('selector' in s && typeof s.selector === 'string') out.push({ path: `${path}[${i}]`, selector: s.selector });
    }
  };
  for (const field of SELECTOR_FIELDS) add(field, def[field]);
  for (const field of ['ticketId', 'subject', 'requester', 'body', 'roles'] as const) add(field, def[field]);
  add('composer.selector', def.composer?.selector);
  return out;
}
