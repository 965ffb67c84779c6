import { publishedCss } from '../lib/storage';

export interface Mounted {
  root: ShadowRoot;
  host: HTMLElement;
  unmount(): void;
}

/**
 * Mounts the sidebar host: a bare element with no id, class or data attribute (nothing a page
 * can key on) and a closed shadow root, so page scripts can't read the coaching inside.
 */
export function mountHost(doc: Document): Mounted {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // The styles come with the tab's configuration (lib/storage.ts `loadTabConfig`), not in this script.
  style.textContent = publishedCss();
  root.append(style);
  doc.documentElement.append(host);
  return { root, host, unmount: () => host.remove() };
}
