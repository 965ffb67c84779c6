import type { Adapter } from './types';

/** Where the content script leaves the API below in its isolated world (never the page's). */
export const PAGE_API = Symbol.for('composure.page');

/** What the content script shares with the teach script in its isolated world. */
export interface PageApi {
  /** Our closed shadow root and its host: the teach panel renders there. */
  root: ShadowRoot;
  host: Element;
  adapter(): Adapter;
  /** The agent's name, which marks their own messages where the page does not. */
  agentName(): string | undefined;
  /** Teaching is under way: the sidebar stays as it is meanwhile. */
  teaching: boolean;
}

export function pageApi(): PageApi | undefined {
  return (globalThis as Record<symbol, PageApi | undefined>)[PAGE_API];
}
