import type { ParsedName } from './types';

/**
 * German replies say "Sie": "Hallo Frau Dr. Weber" where the name says the gender, else the whole
 * name ("Hallo Hans Müller", the usual neutral address). A single word could be either name
 * ("Müller"): no name, never "Hallo Müller".
 */
export function greetDe(p: ParsedName): string | undefined {
  if (p.script === 'han' || p.ambiguous) return p.full;
  const titles = p.titles.filter((t) => /^(dr|prof)\.?$/i.test(t)).map((t) => (t.endsWith('.') ? t : `${t}.`));
  if (p.gender && p.family) return [p.gender === 'm' ? 'Herr' : 'Frau', ...titles, p.family].join(' ');
  if (p.given && p.family) return `${p.given} ${p.family}`;
  return undefined;
}
