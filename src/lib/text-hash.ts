/**
 * A message's name on the analysis port: two 32-bit multiply-xor hashes of its text (cyrb53's
 * mixing, seeds 0 and 1) and its length, in base 36. A tab sends a message's text once per port
 * and its hash from then on. Not a security measure: a tab only ever names its own texts.
 * Synchronous and ~0.2 ms for 100 kB (SubtleCrypto would need a secure context, which an
 * intranet helpdesk on http is not).
 */
export function textHash(text: string): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length.toString(36)}`;
}
