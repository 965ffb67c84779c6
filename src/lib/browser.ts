import type Browser from 'webextension-polyfill';

/**
 * The extension API without the polyfill, for the content script that every agent loads on
 * every ticket (the polyfill is 10 kB). Firefox has promise-based `browser`; Chrome's MV3
 * `chrome` returns promises for every call made here (storage, runtime messages, i18n).
 * Extension pages and the service worker keep the polyfill, where listeners answer with promises.
 */
const api = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
export const browser = api as Browser.Browser;
