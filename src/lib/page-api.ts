/**
 * Set by the service worker before it injects the content script to teach a page no adapter
 * knows (a symbol on the isolated world's global, never the page's). What the content script
 * and the teach script then share is typed beside the adapters (`adapters/page-api.ts`).
 */
export const TEACH_REQUEST = Symbol.for('composure.teach-request');
