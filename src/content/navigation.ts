import type { PageContext } from './context';

/**
 * Single-page apps: the Navigation API where there is one, history events otherwise (the
 * watcher also notices a URL that changed with the page).
 */
export function followNavigation(ctx: PageContext, onNavigation: () => void): void {
  const signal = ctx.signal;
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', onNavigation, { signal });
  addEventListener('popstate', onNavigation, { signal });
  addEventListener('hashchange', onNavigation, { signal });
}
