import type { ParsedName } from './types';

/**
 * Chinese greets by surname and honorific only where the gender is known (王先生, 王女士,
 * "Mr John Smith" → Smith先生), else by the full name as written (王小明, Wang Xiaoming): a
 * surname alone ("Wang您好") reads as a slight.
 */
export function greetZh(p: ParsedName): string | undefined {
  if (p.unaccented) return undefined;
  if (p.ambiguous) return p.full;
  if (p.gender && p.family && !p.ambiguous) return `${p.family}${p.gender === 'm' ? '先生' : '女士'}`;
  if (p.script === 'han') return p.full;
  if (p.given && p.family) return p.full;
  return undefined;
}
