/**
 * Selector checks and listings for site definitions, without the schema (and its validator
 * library): the content script needs these, never the schema.
 */

/** Long enough for any real selector; a 10 kB "selector" is an attack or a mistake. */
export const MAX_SELECTOR_LENGTH = 300;

/**
 * What a selector may not do, checked without a DOM (the DOM's own parser checks the syntax
 * where there is one): no giant strings, one `:has()` at most and nothing that makes it
 * quadratic (no nesting, no universal or sibling combinators inside), at most two `>>>` steps.
 * Returns the reason in plain words, or undefined when the selector is acceptable.
 */
export function selectorProblem(selector: string): string | undefined {
  if (selector.length > MAX_SELECTOR_LENGTH) return `is ${selector.length} characters long (at most ${MAX_SELECTOR_LENGTH})`;
  if (!selector.trim()) return 'is empty';
  const parts = selector.split('>>>');
  if (parts.length > 3) return 'steps into more than two shadow roots or frames (">>>")';
  if (parts.some((p) => !p.trim())) return 'has an empty part around ">>>"';
  const has = selector.split(':has(').length - 1;
  if (has > 1) return 'uses ":has(" more than once (such selectors can stall a page)';
  if (has === 1) {
    const inner = selector.slice(selector.indexOf(':has(') + 5);
    const body = inner.slice(0, closingParen(inner));
    if (/[*~+]/.test(body)) return 'uses "*", "~" or "+" inside ":has(" (such selectors can stall a page)';
  }
  // "{id}" in a scope selector stands for the ticket id from the URL.
  if (/[<{};]|\/\*/.test(selector.replaceAll('{id}', 'x'))) return 'contains characters a selector never has ("<", "{", "}", ";", "/*")';
  let depth = 0;
  for (const ch of selector) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return 'has an unbalanced bracket';
  }
  if (depth !== 0) return 'has an unbalanced bracket';
  return undefined;
}

function closingParen(text: string): number {
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}
