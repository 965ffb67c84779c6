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

/** The agent's chosen UI language and its strings; undefined follows the browser again. */
export function setUiMessages(value: unknown): void {
  const v = value as UiMessages | undefined;
  chosen = v && typeof v.lang === 'string' && v.messages && typeof v.messages === 'object' ? v : undefined;
}

export function t(key: string, substitutions?: string | string[]): string {
  const own = chosen?.messages[key];
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
