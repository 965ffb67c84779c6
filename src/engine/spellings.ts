/**
 * How German and Norwegian are typed without their own letters: German ä ö ü ß as ae oe ue ss
 * ("zurueck", "Gruesse"), Norwegian æ ø å as ae, o or oe, aa or a ("maaned", "odelagt", "jaevla").
 * Matching folds accents already (ä → a, å → a: "zuruck", "maned" match), but not a letter
 * written as two: each phrase with such letters is also matched in these spellings.
 * Slovak without háčky and dĺžne and Greek without accents need nothing here: folding
 * (normalize.ts) already reads "cakam" as "čakám" and "θελω" as "θέλω".
 */
const DIGRAPHS: Record<string, [RegExp, Record<string, string>][]> = {
  de: [
    [/[äöüß]/g, { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }],
    // Umlauts dropped and ß typed as ss ("Grusse").
    [/ß/g, { ß: 'ss' }],
  ],
  no: [
    [/[æøå]/g, { æ: 'ae', ø: 'oe', å: 'aa' }],
    [/[æøå]/g, { æ: 'ae', ø: 'o', å: 'a' }],
  ],
};

/** The other spellings of a phrase in `lang` (its letters written as digraphs or dropped), not the phrase itself. */
export function spellingVariants(phrase: string, lang: string): string[] {
  const rules = DIGRAPHS[lang];
  if (!rules) return [];
  const lower = phrase.toLowerCase();
  const out = new Set<string>();
  for (const [letters, to] of rules) {
    letters.lastIndex = 0;
    if (!letters.test(lower)) continue;
    out.add(lower.replace(letters, (c) => to[c] ?? c));
  }
  out.delete(lower);
  return [...out];
}
