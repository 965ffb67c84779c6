import type { ParsedName } from './types';

/** Norwegian greets by the first name, whatever the title ("Hei Kari"); "fru Hansen" alone gets no name. */
export function greetNo(p: ParsedName): string | undefined {
  if (p.script === 'han' || p.ambiguous) return p.full;
  return p.given;
}
