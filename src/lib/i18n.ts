/**
 * Every UI string goes through i18n (public/_locales). The browser's own i18n follows the
 * browser's language; an agent who chose another UI language in the settings gets that
 * language's strings, which the settings page publishes to storage (see `setUiMessages`).
 * Outside an extension (unit tests) the key itself comes back, so a missing string is visible.
 * Uses the `chrome` namespace, which Firefox provides too, so pages need not load the polyfill.
 */
type I18n = { getMessage(key: string, subs?: string | string[]): string; getUILanguage(): string };
const i18n = (): I18n | undefined => (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;

export const UI_MESSAGES_KEY = 'uiMessages';
export interface UiMessages {
  lang: string;
  messages: Record<string, string>;
}
let chosen: UiMessages | undefined;
/**
 * The browser language's strings as the service worker resolved them (published with the packs):
 * a content script reads them instead of asking the browser, whose getMessage took 0.1–0.25 ms a
 * call in a ticket tab, 4–13 ms of every page load for the 49 strings of a first render.
 */
let published: UiMessages | undefined;

const asMessages = (value: unknown): UiMessages | undefined => {
  const v = value as UiMessages | undefined;
  return v && typeof v.lang === 'string' && v.messages && typeof v.messages === 'object' ? v : undefined;
};

/** The agent's chosen UI language and its strings; undefined follows the browser again. */
export function setUiMessages(value: unknown): void {
  chosen = asMessages(value);
}

/** The browser language's strings, resolved by the service worker (`browserMessages`); undefined asks the browser. */
export function setPublishedMessages(value: unknown): void {
  published = asMessages(value);
}

/**
 * Every string in the browser's language, with "$1"… left in place for `t` to fill: the browser's
 * own choice of locale and fallback, asked once per publication (service worker).
 */
export function browserMessages(keys: readonly string[]): UiMessages | undefined {
  const api = i18n();
  if (!api) return undefined;
  const placeholders = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
  const messages: Record<string, string> = {};
  for (const key of keys) {
    const message = api.getMessage(key, placeholders);
    if (message) messages[key] = message;
  }
  return { lang: api.getUILanguage().replace('_', '-'), messages };
}

export function t(key: string, substitutions?: string | string[]): string {
  const own = (chosen ?? published)?.messages[key];
  if (typeof own === 'string') {
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return own.replace(/\$(\d)/g, (all, n: string) => subs[Number(n) - 1] ?? all);
  }
  // Remembered: the browser's language does not change under a page, each getMessage is a call
  // into the browser (a sidebar render makes dozens), and after an extension update the orphaned
  // content script's i18n stops answering while the sidebar it leaves behind must still speak.
  const memo = `${key}\u0000${substitutions ?? ''}`;
  const known = resolved.get(memo);
  if (known !== undefined) return known;
  try {
    const message = i18n()?.getMessage(key, substitutions);
    if (message) {
      if (resolved.size > 2_000) resolved.clear();
      resolved.set(memo, message);
      return message;
    }
  } catch {
    // context invalidated: fall back to what was resolved before
  }
  return resolved.get(memo) ?? key;
}

const resolved = new Map<string, string>();

export function uiLanguage(): string {
  if (chosen) return chosen.lang;
  try {
    return (i18n()?.getUILanguage() ?? 'en').replace('_', '-');
  } catch {
    return 'en';
  }
}
