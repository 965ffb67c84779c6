/**
 * Every UI string goes through the browser's i18n (public/_locales). Outside an extension
 * (unit tests) the key itself comes back, so a missing string is visible, not blank.
 * Uses the `chrome` namespace, which Firefox provides too, so pages need not load the polyfill.
 */
type I18n = { getMessage(key: string, subs?: string | string[]): string; getUILanguage(): string };
const i18n = (): I18n | undefined => (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return i18n()?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return (i18n()?.getUILanguage() ?? 'en').replace('_', '-');
  } catch {
    return 'en';
  }
}
