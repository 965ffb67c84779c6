import { FUNCTION_WORDS } from './function-words';
import { LANGUAGES } from './types';

/**
 * The engine's own language guess, used when nothing better is given: the writing system
 * settles Greek and Chinese at once; Latin-script text is scored on short lists of the
 * commonest function words. The extension passes the browser's detector (CLD) and the
 * command line passes eld's; this is the fallback and the tie-breaker for short messages.
 */
/** Languages scored only so that their words count against a seed language's (function-words.ts). */
const COUNTER_ONLY = new Set(['fi', 'tl', 'af', 'hr', 'sl']);
/** The languages scored, by index; each function word lists the indexes of the languages it belongs to. */
const SCORED = Object.keys(FUNCTION_WORDS);
const INDEX = new Map(SCORED.map((lang, i) => [lang, i]));
/**
 * Lower case for the Latin letters the function words use (ASCII, Latin-1, Latin Extended-A/B):
 * the guess lower-cases as it reads instead of copying the text first.
 */
const LOWER = new Uint16Array(0x250);
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}
const lowerAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 0x250 ? (LOWER[c] as number) : c;
};
/** A word's hash as the guess computes it while reading, one character at a time. */
const step = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);
const SEED = 0x811c9dc5;
/** Function words by hash (checked letter by letter on a hit), with the languages each belongs to. */
const LOOKUP = new Map<number, { word: string; langs: number[] }[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS))
  for (const word of words) {
    let hash = SEED;
    for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
    const entries = LOOKUP.get(hash) ?? [];
    const entry = entries.find((e) => e.word === word);
    if (entry) entry.langs.push(INDEX.get(lang) as number);
    else LOOKUP.set(hash, [...entries, { word, langs: [INDEX.get(lang) as number] }]);
  }
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lowerAt(text, start + i)) return false;
  return true;
}
const [SK, CS, NO, DA, SV, DE, EL] = ['sk', 'cs', 'no', 'da', 'sv', 'de', 'el'].map((l) => INDEX.get(l));
/** Consonants after which a word-final w is Greeklish omega ("eyxaristw", "8elw"): English ends no word so. */
/** A digit for θ or ξ between letters, or leading a longer word before a vowel; not "mp3", "3rd", "8am". */
const GREEKLISH_DIGIT = /^[a-z]+[38][a-z]+$|^[38][aeiouwh][a-z]{2,}$/i;
const BEFORE_OMEGA = new Set([...'bcdfgjklmnpqrstvxz'].map((c) => c.charCodeAt(0)));

/** Languages detectors confuse on short text; `refineLanguage` settles them on evidence. */
const CONFUSABLE = [
  ['no', 'da', 'sv', 'nb', 'nn'],
  ['sk', 'cs'],
];

/**
 * Languages Composure coaches in, and the neighbours detectors take them for on short lines
 * (measured on the XED subtitles' tuning part: "Hva?" read as English, "Ich weiß nicht." as
 * Dutch, "Čo tu robíš?" as Slovenian). A neighbour's answer is overturned only by that seed
 * language's own function words or letters outweighing the neighbour's half again, and only
 * when no other language's words outnumber them: "Kies 'n rekening om voort te gaan" (Afrikaans,
 * read as Dutch) has Norwegian's "om" but Afrikaans's "om" and "te".
 */
const NEIGHBOURS: [string, string[]][] = [
  ['no', ['en', 'nl', 'af', 'fy', 'tl', 'lt']],
  ['de', ['en', 'nl', 'af', 'lb', 'fy', 'tl']],
  ['sk', ['en', 'sl', 'pl', 'hr', 'bs', 'sr', 'hu', 'tl', 'lv', 'lt', 'it', 'is']],
];

/** Letters a seed language has and its neighbours lack: one is enough. */
const OWN_LETTERS: Record<string, RegExp> = { no: /[åøæ]/i, de: /[äöüß]/i, sk: /[ľĺŕôďťňä]/i };

/**
 * Letters only Slovak and Czech write (ľ ĺ ŕ only Slovak): a short line with one is one of the
 * two, whatever Latin-script language a detector named ("Odpusť mi." read as Italian).
 */
const SLOVAK_OR_CZECH = /[ľĺŕďťň]/i;
/** Polish writes none of these and Slovak many ("Krvavé opojenie!" read as Polish); Polish's own letters say Polish. */
const NOT_POLISH = /[áéíýúčšžôä]/i;
const POLISH = /[ąęłńśźżć]/i;
/** Croatian, Bosnian, Serbian and Slovenian write č š ž but none of these, which Slovak does ("Je nabitá."). */
const SOUTH_SLAVIC = ['sl', 'hr', 'bs', 'sr'];
const NOT_SOUTH_SLAVIC = /[áéíóúýäôľĺŕďťň]/i;
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;

/**
 * Letters of a seed language that a detector's answer cannot explain: a short Latin-script line
 * with ø or æ is not Basque, German or Finnish ("Åh, herregud." read as Basque, "Ørkenen." as
 * German), and ß is German's alone. Each entry lists the languages that write those letters too,
 * whose answer stands.
 */
const TELLTALE: [string, RegExp, string[]][] = [
  ['no', /[øæ]/i, ['no', 'nb', 'nn', 'da', 'is', 'fo']],
  ['no', /å/i, ['no', 'nb', 'nn', 'da', 'sv', 'fi']],
  ['de', /ß/i, ['de']],
];

/**
 * Greek written in Latin letters ("8elw na milhsw me ypeuthyno", "kalimera, thelo na akyrwsw"):
 * detectors read it as Swedish, Italian or Indonesian. Two Greeklish words or spellings, more
 * than any other language's function words, make it Greek.
 */
function greeklish(evidence: Evidence): boolean {
  const el = evidence.scores[EL as number] as number;
  if (el < 2) return false;
  for (let i = 0; i < evidence.scores.length; i++) if (i !== EL && (evidence.scores[i] as number) >= el) return false;
  return true;
}

function rescue(base: string, text: string, evidence: () => Evidence): string | undefined {
  if (base !== 'el' && LATIN_ONLY.test(text) && greeklish(evidence())) return 'el';
  for (const [seed, letters, native] of TELLTALE) if (!native.includes(base) && letters.test(text) && LATIN_ONLY.test(text)) return seed;
  const notPolish = base === 'pl' && NOT_POLISH.test(text) && !POLISH.test(text);
  const notSouthSlavic = SOUTH_SLAVIC.includes(base) && NOT_SOUTH_SLAVIC.test(text) && !/[ćđ]/i.test(text);
  if (base !== 'sk' && base !== 'cs' && (SLOVAK_OR_CZECH.test(text) || notPolish || notSouthSlavic) && LATIN_ONLY.test(text)) {
    const guess = guessFrom(evidence(), ['sk', 'cs']);
    return guess.language === 'cs' && guess.reliable ? 'cs' : 'sk';
  }
  for (const [seed, near] of NEIGHBOURS) {
    if (!near.includes(base)) continue;
    if (OWN_LETTERS[seed]?.test(text)) return seed;
    const guess = guessFrom(evidence(), [seed, base]);
    if (guess.language === seed && guess.reliable && leadsAll(evidence().scores, seed)) return seed;
  }
  return undefined;
}

/** Chinese characters and no kana: Chinese, whatever a detector says of two or three characters. */
function onlyHan(text: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/.test(text) && !/[\u3040-\u30ff]/.test(text);
}

/**
 * Takes a detector's answer (eld, the browser's CLD) and, when it falls in a group detectors
 * confuse on short text (Norwegian/Danish/Swedish, Slovak/Czech), decides within the group
 * by letters only one of them uses and by function words; failing those, by `tellApart` (the
 * command line's n-gram model of the group, which declines short lines); failing that, the
 * group's coached language, since a short line that reads as both is more likely the team's.
 */
export function refineLanguage(detected: string, text: string, tellApart?: (text: string, group: string[]) => string | undefined): string {
  const base = detected.split('-')[0] as string;
  // Neither Slovak nor Czech writes ą ę ł ń ś ź ż ć: such a line is Polish ("Zastosuj motyw" aside).
  if ((base === 'sk' || base === 'cs') && POLISH.test(text)) return 'pl';
  if (base === 'ja' && onlyHan(text)) return 'zh';
  // The text's words and letters are counted once, when a step first needs them.
  let counted: Evidence | undefined;
  const evidence = () => {
    counted ??= countEvidence(text);
    return counted;
  };
  const rescued = rescue(base, text, evidence);
  if (rescued) return rescued;
  const named = base === 'nb' || base === 'nn' ? 'no' : base;
  const group = CONFUSABLE.find((g) => g.includes(base));
  if (!group) return named;
  const settled = settleInGroup(evidence().scores, group, named);
  if (settled) return settled;
  const told = tellApart?.(text, group);
  if (told) return told;
  // No evidence either way: prefer the group's language Composure has coaching content for.
  return group[0] as string;
}

interface Evidence {
  greek: number;
  han: number;
  kana: number;
  hangul: number;
  cyrillic: number;
  latin: number;
  accented: number;
  /** Letters English never writes, even in loanwords: ø æ å ß and the Slavic carons. */
  unenglish: number;
  /** Function words and telling letters, per language of SCORED. */
  scores: Float64Array;
}

/**
 * Within a group of languages that share most function words (Norwegian, Danish and Swedish;
 * Slovak and Czech), the one whose own words outnumber every other member's by at least one:
 * "Og vi vil alle være der for deg" is Norwegian by "deg" alone, since Danish says "og vi vil
 * … der" too. Words the lists give to several members count for each of them, so only the
 * words that tell the members apart decide. When members tie ahead of the coached language
 * ("Kan du sende mig …": Danish and Swedish "mig"), it is not that one: the detector's answer
 * if it is among them, else the first of them. With no such words, there is no answer.
 */
function settleInGroup(scores: Float64Array, group: string[], detected: string): string | undefined {
  const score = (lang: string) => {
    const i = INDEX.get(lang);
    return i === undefined ? 0 : (scores[i] as number);
  };
  const top = Math.max(...group.map(score));
  if (top === 0) return undefined;
  const leaders = group.filter((lang) => score(lang) === top);
  if (leaders.length === 1) return leaders[0];
  if (leaders.includes(group[0] as string)) return undefined;
  return leaders.includes(detected) ? detected : leaders[0];
}

/** Whether no language's function words outnumber `lang`'s in the text's scores. */
function leadsAll(scores: Float64Array, lang: string): boolean {
  return Math.max(...scores) <= (scores[INDEX.get(lang) as number] as number);
}

/** ş ğ ı õ ő ű ă đ ơ ư: letters of Turkish, Estonian, Hungarian, Romanian and Vietnamese that no language scored here by its letters writes. */
const ALIEN_LETTERS = [0x15f, 0x11f, 0x131, 0xf5, 0x151, 0x171, 0x103, 0x111, 0x1a1, 0x1b0];

/** ø æ å ß š ž č ř ě ľ ĺ ŕ ď ť ň ů: in a line of English function words, the words are loans. */
const UNENGLISH_LETTERS = [0xf8, 0xe6, 0xe5, 0xdf, 0x161, 0x17e, 0x10d, 0x159, 0x11b, 0x13e, 0x13a, 0x155, 0x10f, 0x165, 0x148, 0x16f];

function countEvidence(text: string): Evidence {
  const end = Math.min(text.length, 4_000);
  // One pass over the characters: writing systems, letters only some languages use, and the
  // Latin-script words, each looked up in the function-word lists as it ends.
  let greek = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let latin = 0;
  let accented = 0;
  let unenglish = 0;
  const scores = new Float64Array(SCORED.length);
  const bump = (lang: number | undefined, n: number) => {
    if (lang !== undefined) scores[lang] = (scores[lang] as number) + n;
  };
  // Letters count apart from words, and not at all beside a letter none of those languages
  // writes: Turkish ö ü beside ş ğ ı, Estonian ä ö ü beside õ, Hungarian beside ő ű, Vietnamese
  // ô beside ă đ ơ ư are no German, Swedish or Slovak evidence (Chromium's strings in those
  // languages were read as German 4–10 % of the time where the browser's detector was unsure).
  const letters = new Float64Array(SCORED.length);
  let alien = false;
  const mark = (lang: number | undefined, n: number) => {
    if (lang !== undefined) letters[lang] = (letters[lang] as number) + n;
  };
  let wordStart = -1;
  let hash = SEED;
  let eight = false;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? lowerAt(text, i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
    if (letter) {
      latin++;
      if (c >= 0xdf) accented++;
    } else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) greek++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    if (c >= 0xdf) {
      if (c === 0x13e || c === 0x13a || c === 0x155) mark(SK, 2); // ľ ĺ ŕ: Slovak's alone
      // ô and ä are Slovak too, but far more Vietnamese, French, Finnish and Estonian ("Lisätäänkö").
      if (c === 0xf4 || c === 0xe4) mark(SK, 0.5);
      if (c === 0x11b || c === 0x159 || c === 0x16f) mark(CS, 2); // ě ř ů
      if (c === 0xf8 || c === 0xe6) {
        mark(NO, 0.5); // ø æ
        mark(DA, 0.5);
      }
      if (c === 0xf6 || c === 0xe4) mark(SV, 1); // ö ä
      if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) mark(DE, 0.5); // ä ö ü ß
      // Both lists are Latin Extended: Greek and Han characters are not looked up in them.
      if (c <= 0x24f) {
        if (ALIEN_LETTERS.includes(c)) alien = true;
        if (UNENGLISH_LETTERS.includes(c)) unenglish++;
      }
    }
    // Greeklish writes θ as 8 and ξ as 3 inside words ("8elw", "ari8mos", "3erei"): they are letters of its words.
    const digitLetter = c === 56 || c === 51;
    if (letter || digitLetter || (c === 39 && wordStart >= 0)) {
      if (wordStart < 0) {
        wordStart = i;
        hash = SEED;
        eight = false;
      }
      if (digitLetter) eight = true;
      hash = step(hash, c);
    } else if (wordStart >= 0) {
      const entries = LOOKUP.get(hash);
      if (entries) for (const entry of entries) if (sameWord(entry.word, text, wordStart, i)) for (const l of entry.langs) bump(l, 1);
      // Greek in Latin letters by its spelling: omega as a final w after a consonant, theta or xi as a digit between letters.
      const length = i - wordStart;
      const last = lowerAt(text, i - 1);
      if (length >= 3 && last === 119 && BEFORE_OMEGA.has(lowerAt(text, i - 2))) mark(EL, 1);
      else if (eight && GREEKLISH_DIGIT.test(text.slice(wordStart, i))) mark(EL, 1);
      wordStart = -1;
    }
  }
  if (!alien) for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) + (letters[i] as number);
  return { greek, han, kana, hangul, cyrillic, latin, accented, unenglish, scores };
}

/**
 * The extension's language for a customer's text from the browser's detector (CLD): its answer
 * refined when it is sure; when it is not (most lines under ~60 characters), the engine's own
 * guess if that is sure, else CLD's top answer if refining it names a coached language, else
 * nothing (the engine then guesses for itself). Measured with Chromium 156's CLD on the XED
 * subtitles' tuning part against leaving every unsure answer to the engine: German 85.5 → 92.0 %,
 * Slovak 67.0 → 89.1 %, Norwegian 83.0 → 92.4 %, English 98.4 → 97.8 %. The price: Chromium's
 * Danish strings read as Norwegian 49 → 70 %, Czech as Slovak 5 → 29 %, where those customers
 * now get the neighbour's coaching rather than none.
 */
export function languageFromDetector(answer: { language: string; reliable: boolean } | undefined, text: string): string | undefined {
  if (!answer || answer.language === 'und') return undefined;
  if (answer.reliable) return refineLanguage(answer.language, text);
  const own = guessLanguage(text);
  if (own.reliable) return own.language;
  const refined = refineLanguage(answer.language, text);
  return (LANGUAGES as readonly string[]).includes(refined) ? refined : undefined;
}

export function guessLanguage(text: string, among?: string[]): { language: string; reliable: boolean } {
  return guessFrom(countEvidence(text), among);
}

function guessFrom(evidence: Evidence, among?: string[]): { language: string; reliable: boolean } {
  const { greek, han, kana, hangul, cyrillic, latin, accented, unenglish, scores } = evidence;
  const top = Math.max(greek, han + kana, hangul, cyrillic, latin);
  if (top === 0) return { language: 'und', reliable: false };
  if (top === greek) return { language: 'el', reliable: greek >= 8 };
  if (top === han + kana) return { language: kana > 0 ? 'ja' : 'zh', reliable: han + kana >= 4 };
  if (top === hangul) return { language: 'ko', reliable: true };
  if (top === cyrillic) return { language: 'ru', reliable: false };
  // The best two, in one pass (this runs on every line of `analyze --jsonl`).
  let best = -1;
  let top1 = 0;
  let runnerUp = 0;
  for (let i = 0; i < SCORED.length; i++) {
    const n = scores[i] as number;
    if (n <= 0 || (among && !among.includes(SCORED[i] as string))) continue;
    if (n > top1) {
      runnerUp = top1;
      top1 = n;
      best = i;
    } else if (n > runnerUp) runnerUp = n;
  }
  if (best < 0) return { language: among ? 'und' : 'en', reliable: false };
  const language = SCORED[best] as string;
  // Reliable: three function words, half again as many as any other language's, or two
  // where no other language has any (measured on the XED lines: no loss against eld). A
  // language listed only to count against the seed languages is never named reliably here:
  // its short list would claim its neighbours' lines ("Všetko … je žiť v krajine" as Slovenian)
  // unless its words are twice any other language's.
  // English words in a line with two accented letters, or one English never writes, are
  // loanwords in another language ("A robil som to roky, kým … môjho obchodu", "Hun virket for
  // rastløs, for anstrengt"), not English: a detector decides.
  if (language === 'en' && (accented >= 2 || unenglish > 0)) return { language, reliable: false };
  if (!among && COUNTER_ONLY.has(language)) return { language, reliable: top1 >= 3 && top1 >= 2 * runnerUp };
  return { language, reliable: (top1 >= (among ? 1 : 3) && top1 >= 1.5 * runnerUp) || (!among && top1 >= 2 && runnerUp === 0) };
}
