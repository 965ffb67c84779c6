import type { CompiledPacks } from './compile';

/** A span of the text, as scan.ts finds them (declared here: scan.ts calls this module). */
interface Hit {
  start: number;
  end: number;
}
type ScanResult = Map<number, Hit[]>;

/**
 * Thanks that are manners, not gratitude. Customers close a request, a question, a complaint or
 * a cancellation with "Thanks", "Danke!", "Ευχαριστώ,", "Ďakujem", "Takk!", "谢谢" — and sarcasm
 * thanks after a failure ("Three weeks and still no router. Thanks a lot."). Sincere thanks come
 * first or stand alone ("The refund's come through, thank you! One more thing…?"). So a thanks is
 * not gratitude when, before it in the message, the customer asked (a question mark, a request
 * word) or something else was found (a request, a complaint, anger…); nor when it stands in
 * quotation marks (someone else's words, or irony: «Σας ευχαριστούμε για την υπομονή σας»); nor
 * when it is a letter's sign-off ("Thanks,\nAna"). "Thanks in advance" and "thanks for nothing"
 * are the packs' exceptions (data, per language).
 */

/**
 * Words that ask, in normalised text (lower case, no diacritics): a thanks after them closes a
 * request. Wanting is left out on purpose: "I just wanted to say thank you" is gratitude.
 */
const ASKING =
  /(?<![\p{L}\p{N}])(?:please|pls|plz|kindly|could you|can you|would you|bitte|konnen sie|konnten sie|kannst du|konntest du|wurden sie|παρακαλω|παρακαλουμε|θα μπορουσατε|μπορειτε να|prosim|prosime|mohli by ste|mozete|vennligst|kan dere|kan du|kunne dere|kunne du)(?![\p{L}\p{N}])|請|请|麻烦|麻煩|能不能|能否|可以帮|帮我|幫我|帮忙|幫忙/u;
/**
 * Saying what one needs or would like is asking too ("I need the invoice today. Thanks!", "θα
 * ήθελα να ρωτήσω… ευχαριστώ", "chcela by som sa spýtať… ďakujem") — but not when the thanks is
 * what one would like to give ("I would like to thank you", "ich möchte mich bedanken"): a
 * wish a few words before the thanks, with no comma between, is the thanks' own frame.
 */
const WANTING =
  /(?<![\p{L}\p{N}])(?:i need|we need|i'd like|i would like|we'd like|we would like|ich brauche|wir brauchen|ich hatte gern|ich mochte|wir mochten|ich wurde gern|(?:θα|8a|tha) (?:ηθελα|θελα|ηθελαμε|θελαμε|ithela|ithelame|h8ela|h8elame|hthela|8ela|8elame|thela)|χρειαζομαι|χρειαζομαστε|potrebujem|potrebujeme|chcel by som|chcela by som|chceli by sme|chcem|chceme|poprosit|jeg trenger|vi trenger|jeg vil gjerne|vi vil gjerne|jeg onsker|vi onsker|eg ynskjer|me ynskjer|eg onskjer|me onskjer)(?![\p{L}\p{N}])|我需要|我们需要|我想要|我想请|想请问|想问一下|想问下/u;
/** How many words a wish may stand before its thanks and still be the thanks' frame. */
const FRAME_WORDS = 4;
const QUESTION = /[?？]/;
/** Quotation marks that open and close a quotation, as pairs. */
const QUOTES: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

/**
 * Drops the gratitude hits that are manners or irony. `text` is what was matched (quotes of
 * others already blanked), `normalized` its normalised form, offsets shared.
 */
export function dropCourtesy(result: ScanResult, compiled: CompiledPacks, text: string, normalized: string): void {
  let thanks: number[] | undefined;
  let complaint: number | undefined;
  let firstOther = Number.POSITIVE_INFINITY;
  const failures: Hit[] = [];
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (!rule) continue;
    if (rule.signal === 'gratitude') {
      thanks ??= [];
      thanks.push(id);
    }
    // Weak cues ("still", "problem") are told in sincere thanks too ("you solved the problem, thank you").
    else if (rule.weight >= STRONG) {
      for (const h of hits) firstOther = Math.min(firstOther, h.start);
      if (FAILURE.has(rule.signal)) failures.push(...hits);
    }
  }
  if (!thanks) return;
  const asked = firstAsking(normalized);
  const before = Math.min(firstOther, asked);
  const wishes = WANTING.test(normalized) ? [...normalized.matchAll(new RegExp(WANTING.source, 'gu'))] : [];
  const ironic: Hit[] = [];
  for (const id of thanks) {
    const kept: Hit[] = [];
    for (const h of result.get(id) as Hit[]) {
      if (isIronic(text, normalized, h, failures)) ironic.push(h);
      else if (h.start < before && !wishedBefore(normalized, wishes, h) && !inQuotation(text, h.start) && !isSignOff(text, h)) kept.push(h);
    }
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
  // Sarcastic thanks are a complaint, with the thanks as its words.
  if (ironic.length) {
    complaint = compiled.strongestOf.complaint;
    if (complaint !== undefined) result.set(complaint, [...(result.get(complaint) ?? []), ...ironic]);
  }
}

/** Below this weight a rule's cue is weak ("still", "no refund"): it does not make a later thanks manners. */
const STRONG = 0.7;
/** Signals that report something gone wrong: thanks right before one, with no "but", are ironic. */
const FAILURE = new Set(['complaint', 'anger', 'disappointment', 'repeat-contact', 'insult', 'baiting', 'profanity']);
/** Words that turn a sincere thanks to a problem ("thank you — unfortunately it is still broken"). */
const CONTRAST =
  /(?<![\p{L}])(?:but|however|unfortunately|though|although|aber|leider|jedoch|allerdings|trotzdem|αλλα|δυστυχως|ομως|ale|bohuzial|avsak|lenze|men|dessverre|likevel|但|可是|不过|不過|可惜|只是)(?![\p{L}])/u;
/** How far after a thanks a failure makes it ironic: the same or the next sentence. */
const IRONY_REACH = 160;

/**
 * Sarcasm: a thanks with a failure right after it and no turn between ("Great service. Three
 * weeks and still nothing."), or with praise in scare quotes in its sentence ("Ďakujem za
 * „rýchle“ vybavenie", "谢谢你们的“专业”建议").
 */
function isIronic(text: string, normalized: string, h: Hit, failures: Hit[]): boolean {
  for (const f of failures) {
    if (f.start < h.end || f.start - h.end > IRONY_REACH) continue;
    const between = normalized.slice(h.end, f.start);
    if (!between.includes('\n\n') && !CONTRAST.test(between)) return true;
  }
  return scareQuoted(text, h);
}

/** A quotation of one to three words in the thanks' sentence. */
function scareQuoted(text: string, h: Hit): boolean {
  // Thanks inside the quotation is a mention (a button's "Send cheers", a phrase cited), not praise scare-quoted beside thanks.
  if (inQuotation(text, h.start)) return false;
  const from = Math.max(0, h.start - 60);
  const sentence = text.slice(from, Math.min(text.length, h.end + 80));
  return /(?:"|“|„|«|「|『)[^"“”„«»「」『』\n]{1,24}(?:"|”|“|»|」|』)/.test(sentence) && shortQuote(sentence);
}

function shortQuote(sentence: string): boolean {
  const m = sentence.match(/(?:"|“|„|«|「|『)([^"“”„«»「」『』\n]{1,24})(?:"|”|“|»|」|』)/);
  return !!m && (m[1] as string).trim().split(/\s+/).length <= 3;
}

/** Whether the customer says what they need or would like before a thanks, other than the thanks itself. */
function wishedBefore(normalized: string, wishes: RegExpMatchArray[], h: Hit): boolean {
  for (const w of wishes) {
    const end = (w.index as number) + w[0].length;
    if (end > h.start) return false;
    const between = normalized.slice(end, h.start);
    const words = between.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    // Chinese has no spaces: a few characters are a few words.
    const han = (between.match(/\p{Script=Han}/gu)?.length ?? 0) / 2;
    if (words + han > FRAME_WORDS || /[.!?。！？\n,;:，；：]/.test(between)) return true;
  }
  return false;
}

/** Where the customer first asks: a question mark or a request word; Infinity if nowhere. */
function firstAsking(normalized: string): number {
  const q = normalized.search(QUESTION);
  const w = normalized.search(ASKING);
  return Math.min(q < 0 ? Number.POSITIVE_INFINITY : q, w < 0 ? Number.POSITIVE_INFINITY : w);
}

/** Whether `at` lies inside a quotation on its line: an opening mark before it that is not closed yet. */
function inQuotation(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  // German „…“ closes with the mark English opens with: with a „ on the line, “ is a closing mark.
  const german = before.includes('„');
  for (const [open, close] of QUOTES) {
    if (german && open === '“') continue;
    const o = before.lastIndexOf(open);
    if (o < 0) continue;
    if (open === close ? before.split(open).length % 2 === 0 : before.lastIndexOf(close) < o) return true;
  }
  return false;
}

/**
 * A letter's sign-off: the thanks starts its line (after a word like "Many" at most), nothing
 * but a short wish and no "!" after it, and at most four short lines (a greeting, a name, a
 * title) after it to the end of the message.
 */
function isSignOff(text: string, hit: Hit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  let lineEnd = text.indexOf('\n', hit.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/^\s*[\p{L}]{0,12}\s*$/u.test(text.slice(lineStart, hit.start))) return false;
  const rest = text.slice(hit.end, lineEnd);
  if (rest.length > 40 || /[!！]/.test(rest)) return false;
  const after = text
    .slice(lineEnd)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return after.length >= 1 && after.length <= 4 && after.every((l) => l.length <= 40);
}
