/**
 * Templates read a value out of a URL or a page title without regular expressions, so a site
 * definition stays data: "{value}" is the part to take (up to the next literal, or for a URL
 * the end of the path segment), "{*}" skips any text (up to the literal's last occurrence).
 * "{value:digits}", "{value:key}" (ABC-123) and "{value:alnum}" only accept such values.
 */
type Token = { literal: string } | { hole: '*' | 'value'; shape?: string };

const cache = new Map<string, Token[]>();

function tokens(template: string): Token[] {
  let out = cache.get(template);
  if (out) return out;
  out = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    const close = open < 0 ? -1 : template.indexOf('}', open);
    if (open < 0 || close < 0) {
      out.push({ literal: template.slice(at) });
      break;
    }
    if (open > at) out.push({ literal: template.slice(at, open) });
    const [name = '', shape] = template.slice(open + 1, close).split(':');
    out.push(name === '*' ? { hole: '*' } : { hole: 'value', shape });
    at = close + 1;
  }
  cache.set(template, out);
  return out;
}

const SHAPES: Record<string, (v: string) => boolean> = {
  digits: (v) => /^\d+$/.test(v),
  alnum: (v) => /^[A-Za-z0-9]+$/.test(v),
  key: (v) => /^[A-Z][A-Z0-9]+-\d+$/.test(v),
};

/**
 * Matches `text` from its start. Returns the value ('' when the template takes none), or
 * undefined when it does not match. `url` mode ends a trailing value at "/", "?" or "#".
 */
export function matchTemplate(template: string, text: string, mode: 'url' | 'text' = 'text'): string | undefined {
  const parts = tokens(template);
  let at = 0;
  let value = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Token;
    if ('literal' in part) {
      if (!text.startsWith(part.literal, at)) return undefined;
      at += part.literal.length;
      continue;
    }
    const next = parts[i + 1];
    let end: number;
    if (next && 'literal' in next) {
      end = part.hole === '*' ? text.lastIndexOf(next.literal) : text.indexOf(next.literal, at);
      if (end < at) return undefined;
    } else if (part.hole === 'value' && mode === 'url') {
      end = at;
      while (end < text.length && !'/?#'.includes(text[end] as string)) end++;
    } else end = text.length;
    if (part.hole === 'value') {
      value = text.slice(at, end).trim();
      if (!value || (part.shape && !SHAPES[part.shape]?.(value))) return undefined;
    }
    at = end;
  }
  return value;
}

/** "*.zendesk.com" matches acme.zendesk.com (not zendesk.com); a pattern without a port takes any port. */
export function hostMatches(pattern: string, host: string, port = ''): boolean {
  const [name = '', wantPort] = pattern.split(':');
  if (wantPort !== undefined && wantPort !== port) return false;
  return name.startsWith('*.') ? host.endsWith(name.slice(1)) && host.length > name.length - 1 : host === name;
}

/** The part of a URL that url templates read: path, query and hash. */
export const urlTail = (url: URL) => `${url.pathname}${url.search}${url.hash}`;
