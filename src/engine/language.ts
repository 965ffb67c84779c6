/**
 * The engine's own language guess, used when nothing better is given: the writing system
 * settles Greek and Chinese at once; Latin-script text is scored on short lists of the
 * commonest function words. The extension passes the browser's detector (CLD) and the
 * command line passes eld's; this is the fallback and the tie-breaker for short messages.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'is', 'to', 'it', 'not', 'have', 'this', 'my', 'for', 'of', 'that', 'was', 'with', 'are', "i'm", 'i', 'me', 'your', 'what', 'why', 'a'],
  de: ['und', 'ich', 'nicht', 'die', 'der', 'das', 'ist', 'sie', 'mit', 'zu', 'ein', 'eine', 'mein', 'meine', 'wir', 'auf', 'für', 'es', 'noch', 'schon', 'bitte', 'haben', 'habe'],
  sk: ['a', 'je', 'som', 'sa', 'na', 'že', 'to', 'nie', 'ste', 'mi', 'už', 'ako', 'ale', 'pre', 'by', 'aby', 'prosím', 'ktorý', 'môj', 'moje', 'tretí', 'vám', 'sme'],
  no: ['og', 'jeg', 'ikke', 'det', 'er', 'på', 'som', 'en', 'har', 'til', 'med', 'av', 'meg', 'dere', 'vi', 'kan', 'hva', 'hvorfor', 'fortsatt', 'gang', 'min', 'mitt'],
  da: ['og', 'jeg', 'ikke', 'det', 'er', 'på', 'mig', 'har', 'jer', 'hvad', 'hvorfor', 'stadig', 'gang', 'nu', 'af', 'også'],
  sv: ['och', 'jag', 'inte', 'det', 'är', 'på', 'som', 'har', 'till', 'med', 'mig', 'ni', 'vad', 'varför', 'fortfarande', 'gång'],
  cs: ['a', 'je', 'jsem', 'se', 'na', 'že', 'to', 'ne', 'jste', 'mi', 'už', 'jako', 'ale', 'pro', 'prosím', 'který', 'můj', 'vám'],
  nl: ['de', 'het', 'een', 'en', 'ik', 'niet', 'is', 'van', 'je', 'dat', 'mijn', 'wij', 'nog', 'al'],
  fr: ['le', 'la', 'les', 'et', 'je', 'ne', 'pas', 'est', 'vous', 'de', 'un', 'une', 'mon', 'pour', 'que'],
  es: ['el', 'la', 'los', 'y', 'yo', 'no', 'es', 'de', 'un', 'una', 'mi', 'para', 'que', 'por', 'usted'],
  it: ['il', 'la', 'e', 'io', 'non', 'è', 'di', 'un', 'una', 'mio', 'per', 'che', 'sono'],
  pl: ['i', 'nie', 'jest', 'się', 'na', 'że', 'to', 'mi', 'już', 'jak', 'ale', 'dla', 'proszę', 'mój'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

export function guessLanguage(text: string): { language: string; reliable: boolean } {
  const sample = text.slice(0, 4_000);
  const greek = sample.match(/\p{Script=Greek}/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const top = Math.max(greek, han + kana, hangul, cyrillic, latin);
  if (top === 0) return { language: 'und', reliable: false };
  if (top === greek) return { language: 'el', reliable: greek >= 8 };
  if (top === han + kana) return { language: kana > 0 ? 'ja' : 'zh', reliable: han + kana >= 4 };
  if (top === hangul) return { language: 'ko', reliable: true };
  if (top === cyrillic) return { language: 'ru', reliable: false };
  const scores = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    for (const lang of LOOKUP.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  // Letters no other candidate uses settle close calls (ä ö ü ß; ô ľ ĺ ŕ ä; æ ø å).
  if (/[ľĺŕôťďňý]/.test(sample.toLowerCase())) scores.set('sk', (scores.get('sk') ?? 0) + 2);
  if (/[æøå]/.test(sample.toLowerCase())) scores.set('no', (scores.get('no') ?? 0) + 1);
  if (/[äöüß]/.test(sample.toLowerCase())) scores.set('de', (scores.get('de') ?? 0) + 1);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return { language: 'en', reliable: false };
  return { language: best[0], reliable: best[1] >= 3 && best[1] >= 1.5 * (second?.[1] ?? 0) };
}
