import type { CompiledPacks } from './compile';

/**
 * Anger that is not the customer's at the company: laughed off in the same sentence ("Som na
 * seba naštvaná, zabudla som heslo 🙈", "今天这风真是气死我了😂", "Litt sint fortsatt etter
 * kampen 😅"), or someone else's ("mein Chef ist schon genervt", "Syn je teraz naštvaný",
 * "Sønnen min ble så sint"). An anger hit in a sentence with laughter (an emoji of laughing or
 * embarrassment, "haha", "哈哈"), or with a third person named just before it, is dropped.
 * Swearing stays profanity either way: only the anger signal is read here. Words per language,
 * normalised (lower case, no diacritics).
 */
const LAUGHTER =
  /[😂🤣😅😆😄😁🙈😜😝😹]|(?<![\p{L}])(?:haha\p{L}*|hehe\p{L}*|lol|lmao|xaxa\p{L}*|χαχα\p{L}*|hihi)(?![\p{L}])|哈哈|呵呵|嘿嘿/u;
/** Someone else, just before the anger: family, a boss, a child. */
const THIRD_PERSON =
  /(?<![\p{L}])(?:(?:my|our|his|her) (?:son|daughter|boss|husband|wife|partner|kids|children|mum|mom|dad|neighbour|neighbor)|(?:mein|meine|unser|unsere) (?:chef|chefin|sohn|tochter|mann|frau|kinder|nachbar\p{L}*)|(?:ο|η) (?:γιοσ|κορη|συζυγοσ|αντρασ|γυναικα|προισταμενοσ) μου|(?:syn|dcera|manzel|manzelka|sef|sefka|deti)|(?:sonnen|dattera|datteren|mannen|kona|sjefen|barna|ungane) (?:min|mi|mitt|mine|vår|vart|vare|vaar)|(?:son|dotter|datter) min)(?![\p{L}])|我儿子|我女儿|我老公|我老婆|我老板|我们老板|孩子/u;
/** How far before an anger word its someone else may stand. */
const THIRD_REACH = 40;
const SENTENCE_END = /[.!?。！？\n]/;

/** Drops anger hits that are laughed off or someone else's, in place. */
export function dropOthersAnger(
  result: Map<number, { start: number; end: number }[]>,
  compiled: CompiledPacks,
  text: string,
  normalized: string,
): void {
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (rule?.signal !== 'anger') continue;
    const kept = hits.filter((h) => ownAnger(text, normalized, h));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}

function ownAnger(text: string, normalized: string, h: { start: number; end: number }): boolean {
  let from = h.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = h.end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  // The emoji often closes the sentence after its mark: "…heslo. 🙈"
  const tail = text.slice(to, to + 4);
  if (LAUGHTER.test(text.slice(from, to)) || LAUGHTER.test(tail)) return false;
  return !THIRD_PERSON.test(normalized.slice(Math.max(from, h.start - THIRD_REACH), h.start));
}
