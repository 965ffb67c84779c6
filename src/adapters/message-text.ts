import { text } from './dom';

// Quoted history and signatures, as mail clients and helpdesks mark them.
const QUOTED = 'blockquote, .gmail_quote, .zd-quote, .quotes, .signature, .gmail_signature, [data-signature]';

/**
 * A message's own words: without the quoted earlier messages (they are counted where they were
 * first written) and without the signature (from a "-- " line on).
 */
export function messageText(el: Element | null | undefined): string {
  if (!el) return '';
  let own = text(el);
  for (const quoted of el.querySelectorAll(QUOTED)) {
    const q = text(quoted);
    if (q) own = own.replace(q, '');
  }
  const signature = own.search(/\n-- ?\n/);
  if (signature >= 0) own = own.slice(0, signature);
  return own.replace(/\n{3,}/g, '\n\n').trim();
}
