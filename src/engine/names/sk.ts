import type { ParsedName } from './types';

/** Common Slovak men's names: "pán" only where the name says so (Kim, Alex and Saša could be anyone). */
const MEN = new Set(
  (
    'peter ján jozef michal martin tomáš marek lukáš juraj milan ján jakub andrej matej miroslav ľubomír pavol štefan ' +
    'vladimír marián róbert dušan igor roman richard daniel patrik filip samuel adam oliver viktor rastislav stanislav ' +
    'branislav ladislav jaroslav radoslav vladislav boris ivan karol anton ondrej erik dominik dávid norbert rudolf ' +
    'emil gabriel vojtech šimon tibor zoltán július ľudovít matúš maroš kamil jozef'
  ).split(' '),
);

/**
 * Slovak replies say "vy" and name the person formally: "pani Nováková", "pán Novák" (the
 * nominative, as written Slovak addresses). The gender comes from an honorific, a woman's
 * surname in ‑ová/‑á, or a man's first name; otherwise no name rather than a guess.
 */
export function greetSk(p: ParsedName): string | undefined {
  if (p.script === 'han' || p.ambiguous) return p.full;
  if (!p.family) return undefined;
  const family = p.family.toLowerCase();
  const gender =
    p.gender ??
    (/ová$/.test(family) || (/á$/.test(family) && (!p.given || /a$/i.test(p.given)))
      ? 'f'
      : p.given && MEN.has(p.given.toLowerCase()) && !/á$/.test(family)
        ? 'm'
        : undefined);
  if (!gender) return undefined;
  return `${gender === 'm' ? 'pán' : 'pani'} ${p.family}`;
}
