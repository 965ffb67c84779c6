import type { ParsedName } from './types';

/**
 * English greets by the given name ("Hi John"); with only a surname, by the honorific as the
 * person wrote it ("Hi Mrs Smith", "Hi Dr Patel"); CJK names and pinyin whose order cannot be
 * told whole. "κ. Παπαδόπουλος" says no gender: no name.
 */
export function greetEn(p: ParsedName): string | undefined {
  if (p.script === 'han' || p.ambiguous) return p.full;
  if (p.given) return p.given;
  if (!p.family) return undefined;
  const title = p.titles.find((t) => /^(dr|prof)\.?$/i.test(t));
  if (title) return `${title.replace(/\.$/, '')} ${p.family}`;
  if (p.honorific) return `${p.honorific.replace(/\.$/, '')} ${p.family}`;
  if (p.gender) return `${p.gender === 'm' ? 'Mr' : 'Ms'} ${p.family}`;
  return undefined;
}
