/**
 * The engine's own language guess, used when nothing better is given: the writing system
 * settles Greek and Chinese at once; Latin-script text is scored on short lists of the
 * commonest function words. The extension passes the browser's detector (CLD) and the
 * command line passes eld's; this is the fallback and the tie-breaker for short messages.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'you',
    'is',
    'to',
    'it',
    'not',
    'have',
    'this',
    'my',
    'for',
    'of',
    'that',
    'was',
    'with',
    'are',
    "i'm",
    'i',
    'me',
    'your',
    'what',
    'why',
    'a',
  ],
  de: [
    'und',
    'ich',
    'nicht',
    'die',
    'der',
    'das',
    'ist',
    'sie',
    'mit',
    'zu',
    'ein',
    'eine',
    'mein',
    'meine',
    'wir',
    'auf',
    'für',
    'es',
    'noch',
    'schon',
    'bitte',
    'haben',
    'habe',
  ],
  sk: [
    'som',
    'sme',
    'sú',
    'sa',
    'nie',
    'ste',
    'ako',
    'pre',
    'aby',
    'prosím',
    'ktorý',
    'môj',
    'moje',
    'tretí',
    'píšem',
    'mám',
    'nemám',
    'chcem',
    'ďakujem',
    'alebo',
    'však',
    'veľmi',
    'ešte',
    'tretíkrát',
    'keď',
    'ktoré',
    'lebo',
    'preto',
  ],
  no: [
    'og',
    'jeg',
    'ikke',
    'det',
    'er',
    'på',
    'som',
    'en',
    'har',
    'til',
    'med',
    'av',
    'meg',
    'deg',
    'dere',
    'vi',
    'kan',
    'hva',
    'hvorfor',
    'fortsatt',
    'gang',
    'min',
    'mitt',
    'nå',
    'også',
    'hvordan',
    'etter',
    'blitt',
    'hei',
  ],
  da: [
    'mig',
    'dig',
    'jer',
    'hvad',
    'hvorfor',
    'stadig',
    'nu',
    'af',
    'også',
    'ikk',
    'hvordan',
    'tak',
    'venlig',
    'hilsen',
    'efter',
    'blevet',
  ],
  sv: ['och', 'jag', 'inte', 'det', 'är', 'på', 'som', 'har', 'till', 'med', 'mig', 'ni', 'vad', 'varför', 'fortfarande', 'gång'],
  cs: [
    'jsem',
    'jsme',
    'jsou',
    'se',
    'ne',
    'jste',
    'jako',
    'pro',
    'prosím',
    'který',
    'můj',
    'píšu',
    'chci',
    'děkuji',
    'nebo',
    'velmi',
    'ještě',
    'když',
    'které',
    'protože',
    'proto',
  ],
  nl: ['de', 'het', 'een', 'en', 'ik', 'niet', 'is', 'van', 'je', 'dat', 'mijn', 'wij', 'nog', 'al'],
  fr: ['le', 'la', 'les', 'et', 'je', 'ne', 'pas', 'est', 'vous', 'de', 'un', 'une', 'mon', 'pour', 'que'],
  es: ['el', 'la', 'los', 'y', 'yo', 'no', 'es', 'de', 'un', 'una', 'mi', 'para', 'que', 'por', 'usted'],
  it: ['il', 'la', 'e', 'io', 'non', 'è', 'di', 'un', 'una', 'mio', 'per', 'che', 'sono'],
  pl: ['i', 'nie', 'jest', 'się', 'na', 'że', 'to', 'mi', 'już', 'jak', 'ale', 'dla', 'proszę', 'mój'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** Languages detectors confuse on short text; `refineLanguage` settles them on evidence. */
const CONFUSABLE = [
  ['no', 'da', 'sv', 'nb', 'nn'],
  ['sk', 'cs'],
];

/**
 * Takes a detector's answer (eld, the browser's CLD) and, when it falls in a group detectors
 * confuse on short text (Norwegian/Danish/Swedish, Slovak/Czech), decides within the group
 * by letters only one of them uses and by function words.
 */
export function refineLanguage(detected: string, text: string): string {
  const base = detected.split('-')[0] as string;
  const group = CONFUSABLE.find((g) => g.includes(base));
  if (!group) return base === 'nb' || base === 'nn' ? 'no' : base;
  const guess = guessLanguage(text, group);
  if (guess.language !== 'und' && guess.reliable) return guess.language;
  // No evidence either way: prefer the group's language Composure has coaching content for.
  return group[0] as string;
}

export function guessLanguage(text: string, among?: string[]): { language: string; reliable: boolean } {
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
  const lower = sample.toLowerCase();
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  for (const word of lower.match(/[\p{L}']+/gu) ?? []) for (const lang of LOOKUP.get(word) ?? []) add(lang, 1);
  // Letters only one candidate uses settle close calls.
  const count = (re: RegExp) => lower.match(re)?.length ?? 0;
  add('sk', 2 * count(/[ľĺŕôä]/g));
  add('cs', 2 * count(/[ěřů]/g));
  add('no', count(/[øæ]/g) * 0.5);
  add('da', count(/[øæ]/g) * 0.5);
  add('sv', count(/[öä]/g));
  add('de', count(/[äöüß]/g) * 0.5);
  const ranked = [...scores].filter(([lang, n]) => n > 0 && (!among || among.includes(lang))).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return { language: among ? 'und' : 'en', reliable: false };
  return { language: best[0], reliable: best[1] >= (among ? 1 : 3) && best[1] >= 1.5 * (second?.[1] ?? 0) };
}
