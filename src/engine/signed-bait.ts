import type { CompiledPacks } from './compile';

/**
 * The source documents' bait — a company that stops caring once the customer has signed — is
 * said in countless ways ("once the ink's dry you couldn't care less", "Einmal unterschrieben,
 * für immer vergessen", "合同签完就翻脸不认人"). No list of phrasings holds them; what they share
 * is one sentence that names the signing (a contract, being tied in) and the indifference after
 * it. Where both stand in one sentence, the sentence is baiting: sweeping, provocative, and met
 * with computer mode. Words per language, normalised (lower case, no diacritics).
 */
const SIGNED =
  /(?<![\p{L}])(?:sign\p{L}*|contract\p{L}*|tied in|locked in|ink's dry|ink is dry|unterschr\p{L}*|unterzeichn\p{L}*|vertrag\p{L}*|vertragsabschluss|gebunden|laufzeit|bestandskund\p{L}*|υπογρ\p{L}*|συμβολαι\p{L}*|συμβαση|δεσμευμεν\p{L}*|podpis\p{L}*|podpise|nepodpise|zmluv\p{L}*|viazan\p{L}*|signer\p{L}*|skrevet under|skriv\p{L}* under|bundet|bindingstid|avtale\p{L}*|last inne|låst inne)(?![\p{L}])|签|簽|合同|合约|合約|綁約|绑约|钱一到手|钱交了/u;
const INDIFFERENT =
  /(?<![\p{L}])(?:care less|don't care|dont care|do not care|stop caring|stopped caring|stops mattering|stop mattering|interest in (?:its|your) customers ends|just a number|only a number|egal|scheissegal|scheißegal|wurscht|abgehakt|vergessen|nur noch eine nummer|nicht die bohne|ghosten|interessier\p{L}* (?:sie|ihr|euch) nicht|νοιαζ\p{L}*|αδιαφορ\p{L}*|δεδομεν\p{L}*|ξεχνατε|jedno|ukradnut\p{L}*|nezaujima|nezaujimate|nikoho nezaujima|bryr (?:dere |seg |dykk )+(?:\p{L}+ )?ikke|ikke bryr|gir f\S*|fritt fram|glemt|blaffen)(?![\p{L}])|不管|不关|不關|爱修不修|爱用不用|翻脸|翻臉|待宰|囊中之物|韭菜|都是错的|不理/u;

/** Signing itself, as a verb: the frame "only until you sign" needs the act, not a contract named ("the contract runs until June"). */
const SIGNING =
  /(?<![\p{L}])(?:sign|signs|signed|signing|signed up|unterschr\p{L}*|unterzeichn\p{L}*|υπογραψ\p{L}*|υπογραφ\p{L}*|ypograps\p{L}*|podpis\p{L}*|podpise|signer\p{L}*|signert|skrevet under|skriv\p{L}* under)(?![\p{L}])|签完|签了|签约|簽完|簽約/u;
/** "Only until", "as long as", "up until": care that lasts until the signing. */
const UNTIL =
  /(?<![\p{L}])(?:right up until|up until|until|till|as long as|only while|solange|nur so lang\p{L}*|bis|μεχρι να|μεχρι|mexri na|mexri|kym|dokial|pokial|sa lenge|så lenge|inntil|til)(?![\p{L}])|之前|以前/u;

/** Adds a baiting hit for each sentence that names the signing and the indifference after it, or care that lasted only until it. */
export function addSignedBait(
  compiled: CompiledPacks,
  normalized: string,
  push: (matcher: number, start: number, end: number) => void,
): void {
  if (!SIGNED.test(normalized) || !(INDIFFERENT.test(normalized) || (SIGNING.test(normalized) && UNTIL.test(normalized)))) return;
  const bait = compiled.strongestOf.baiting;
  if (bait === undefined) return;
  for (const m of normalized.matchAll(/[^.!?。！？\n]+/g)) {
    const sentence = m[0];
    if (SIGNED.test(sentence) && (INDIFFERENT.test(sentence) || untilSigned(sentence))) {
      const start = m.index + sentence.search(/\S/);
      push(bait, start, m.index + sentence.trimEnd().length);
    }
  }
}

/** "Der Kunde ist nur so lang wichtig, bis er unterschrieben hat", "valued right up until you sign": the frame before the signing. */
function untilSigned(sentence: string): boolean {
  const signing = SIGNING.exec(sentence);
  if (!signing) return false;
  for (const until of sentence.matchAll(new RegExp(UNTIL.source, 'gu'))) {
    // Chinese puts the time after the act: "签约之前".
    const [first, second] = until.index < signing.index ? [until, signing] : [signing, until];
    const between = sentence.slice(first.index + first[0].length, second.index);
    // The frame governs the signing: a few words, no comma ("until June, can I sign early?" is no bait).
    if (!/[,;:，；]/.test(between) && (between.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 4) return true;
  }
  return false;
}
