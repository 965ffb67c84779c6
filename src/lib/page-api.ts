import type { Adapter } from '../adapters/types';
import type { EffectiveConfig } from './config';

/**
 * What the content script shares with the teach script injected on demand into the same
 * isolated world (never the page's: a symbol on the isolated world's global).
 */
export const PAGE_API = Symbol.for('composure.page');
/** Set by the service worker before it injects the content script to teach a page no adapter knows. */
export const TEACH_REQUEST = Symbol.for('composure.teach-request');

export interface PageApi {
  /** Our closed shadow root and its host: the teach panel renders there. */
  root: ShadowRoot;
  host: Element;
  adapter(): Adapter;
  config(): EffectiveConfig;
  /** Teaching is under way: the sidebar stays as it is meanwhile. */
  teaching: boolean;
}

export function pageApi(): PageApi | undefined {
  return (globalThis as Record<symbol, PageApi | undefined>)[PAGE_API];
}
