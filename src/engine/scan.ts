import type { CompiledMatcher, CompiledPacks, Side } from './compile';
import { dropCourtesy } from './courtesy';
import { maskedSwearing, punctuationRuns, shouting, type Span } from './detectors';
import { greeklishSkeletons } from './greeklish';
import { normalizeText } from './normalize';
import type { LanguageFilter } from './phrase-index';
import { dropPolicyQuestions } from './policy-questions';
import { addSignedBait } from './signed-bait';
import { maskQuoted } from './quotes';
import { dropRefundsDone } from './refund-done';
import { readRepeatContact } from './repeat-contact';
import { addCountedContacts } from './contact-count';
import { addDatedContacts } from './dated-contact';
import { addThreatActions } from './threat-action';
import { dropThreatMentions } from './threat-mentions';
import { readSarcasm } from './sarcasm';
import { addServiceFailures } from './service-failure';
import { CAPITALS, GREEK, HAN, MARKS, MASKING, NON_ASCII, textHints } from './text-hints';
import { Tokens, tokenize } from './tokenize';
import { dropOthersAnger } from './anger-owner';
import { addCancelRequests } from './cancel-requests';
import { addMoneyBack } from './money-back';
import { addCollectiveInsults } from './collective-insult';
import { dropEscalationMentions } from './escalation-mentions';
import { addUltimatumDemands } from './ultimatum';
import { addUrgentDemands } from './urgent-demands';
import { dropAnotAQuestions } from './zh-questions';

export interface Hit {
  start: number;
  end: number;
}

/** Hits per matcher id for one text: the phrase index once, then the few special detectors. */
export type ScanResult = Map<number, Hit[]>;

/**
 * The phrase languages to use for a text in `language`: its own, English (the lingua franca of
 * support: "sorry", "WTF" turn up everywhere) and language-neutral phrases. Without a known
 * language, every language's phrases apply. This keeps Norwegian "retur*" off English "returned".
 * Greek and Chinese phrases cannot match text without Greek or Han letters, and can never be
 * confused with another language's: they apply whenever the text has such letters (a Greek
 * message in an English thread is still read in Greek), and are not even parsed otherwise.
 */
function phraseLanguages(language: string | undefined, hints: number): LanguageFilter {
  if (!language || language === 'und') return undefined;
  let filters = FILTERS.get(language);
  if (!filters) {
    const own = [language.split('-')[0] as string, 'en', 'und'];
    filters = [new Set(own), new Set([...own, 'el']), new Set([...own, 'zh']), new Set([...own, 'el', 'zh'])];
    FILTERS.set(language, filters);
  }
  return filters[(hints & GREEK ? 1 : 0) + (hints & HAN ? 2 : 0)];
}
/** Per language: its filter alone, with Greek, with Chinese, with both. */
const FILTERS = new Map<string, Set<string>[]>();

/** One buffer for the words of the text being scanned: scanning is synchronous, one text at a time. */
const words = new Tokens();

// What the phrase index's callback writes to: one scan at a time, so no closure per text, and
// no map at all for the many texts where nothing is found.
let current: ScanResult | null = null;
let currentMatchers: CompiledMatcher[] = [];
const NOTHING: ScanResult = new Map();

function push(matcher: number, start: number, end: number): void {
  current ??= new Map();
  const list = current.get(matcher);
  if (list) list.push({ start, end });
  else current.set(matcher, [{ start, end }]);
}

function onPhrase(matcher: number, start: number, end: number, negated: boolean): void {
  if (!negated || !currentMatchers[matcher]?.negatable) push(matcher, start, end);
}

/** The skeleton being scanned for Greeklish (greeklish.ts): its hits are moved back onto the original text. */
let skeletonFrom: Int32Array = new Int32Array(0);
let skeletonTo: Int32Array = new Int32Array(0);

/** Greek's negators (δεν, μην, μη, όχι, χωρίς) as skeletons, and "dn" as chats write δεν. */
const GREEKLISH_NEGATORS = new Set(['den', 'dn', 'min', 'mi', 'oxi', 'xoris']);

/** Whether a Greek negator stands within three words before the skeleton's word at `start`, in its sentence. */
function negatedInSkeleton(start: number): boolean {
  let i = 0;
  while (i < words.count && (words.start[i] as number) < start) i++;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (words.sentence[j] !== words.sentence[i]) return false;
    if (GREEKLISH_NEGATORS.has(words.word(j))) return true;
  }
  return false;
}

function onGreeklishPhrase(matcher: number, start: number, end: number, negated: boolean): void {
  if (currentMatchers[matcher]?.negatable && (negated || negatedInSkeleton(start))) return;
  const from = skeletonFrom[start] as number;
  const to = skeletonTo[end - 1] as number;
  // "th" is read both as θ and as τη: a phrase both readings find counts once.
  if (current?.get(matcher)?.some((h) => h.start === from && h.end === to)) return;
  push(matcher, from, to);
}

/**
 * Greek in Latin letters: a text read as Greek that has no Greek letter is matched against the
 * Greek phrases through its skeletons; its English and language-neutral phrases were matched as
 * written. A negatable phrase after a Greek negator ("den 8elw na akyrwsw") does not count.
 */
function scanGreeklish(normalized: string, compiled: CompiledPacks, side: Side): void {
  for (const skeleton of greeklishSkeletons(normalized)) {
    skeletonFrom = skeleton.from;
    skeletonTo = skeleton.to;
    compiled.greeklish[side].scan(tokenize(skeleton.text, words), undefined, onGreeklishPhrase);
  }
}

/**
 * Scans a customer message for signals, or the agent's words (a reply, the draft) for steps and
 * checks. `hints` may come from the text before it was sanitised or cut: more hints only cost time.
 */
export function scanText(
  text: string,
  compiled: CompiledPacks,
  language?: string,
  side: Side = 'customer',
  hints = textHints(text),
): ScanResult {
  // A customer's message is read without what they quote of others: same length, so evidence offsets hold.
  if (side === 'customer') text = maskQuoted(text);
  const normalized = normalizeText(text, !(hints & NON_ASCII));
  current = null;
  currentMatchers = compiled.matchers;
  compiled.index[side].scan(tokenize(normalized, words), phraseLanguages(language, hints), onPhrase);
  if (language?.startsWith('el') && !(hints & GREEK) && compiled.greeklish[side].size) scanGreeklish(normalized, compiled, side);
  if (compiled.special[side].length) scanSpecial(text, normalized, compiled, compiled.special[side], hints);
  if (side === 'customer') {
    addSignedBait(compiled, normalized, push);
    current = addCancelRequests(current, compiled, normalized, language);
    current = addMoneyBack(current, compiled, normalized, language);
    current = addUrgentDemands(current, compiled, normalized);
    current = addCollectiveInsults(current, compiled, normalized);
  }
  let result = current ?? NOTHING;
  current = null;
  // Drop matches that an exception of the same matcher overlaps (only matchers that found something can).
  for (const [id, hits] of result) {
    const exceptions = compiled.matchers[id]?.exceptions;
    const except = exceptions !== undefined ? result.get(exceptions) : undefined;
    if (!except) continue;
    const kept = hits.filter((h) => !except.some((x) => x.start < h.end && h.start < x.end));
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
  if (side === 'customer') {
    if (result.size) {
      dropPolicyQuestions(result, compiled, normalized);
      if (hints & HAN) dropAnotAQuestions(result, compiled, normalized);
      dropRefundsDone(result, compiled, normalized);
      dropEscalationMentions(result, compiled, normalized);
      dropOthersAnger(result, compiled, text, normalized);
      // "Again" as a failure still makes a thanks before it ironic, whether or not it is a repeat contact.
      dropCourtesy(result, compiled, text, normalized);
    }
    // Praise that opens a sentence beside a failure is a complaint, and no thanks in the message is gratitude.
    // After the courtesy step, and outside it: sarcasm needs no phrase found ("wow, 45 minutes on hold. fantastic 🙃").
    // A failure of the service reported as a fact ("no call, no update", "crashed three times") is a complaint.
    const failures = addServiceFailures(result.size ? result : null, compiled, normalized, language);
    const sarcastic = readSarcasm(failures, compiled, normalized);
    // A repeat contact can be read from a contact act and its count with no phrase matched at all.
    result = readRepeatContact(sarcastic, compiled, normalized) ?? new Map();
    // "five of your agents", "Fire telefoner til kundeservice": contacts counted with words between.
    addCountedContacts(result, compiled, normalized);
    // "I rang about this back in February", "Píšem vám od pondelka": a contact of the customer's with a past time.
    addDatedContacts(result, compiled, normalized, language);
    // "gehe ich zur Lokalzeitung", "φεύγω για άλλη εταιρεία": the customer's own action to come against the company.
    // Before the ultimatum step, which reads a threat's money condition as the refund demand.
    // "Skal jeg gå til advokat?", "I'll check with my bank": a threat word named, not a threat made.
    dropThreatMentions(result, compiled, normalized, language);
    addThreatActions(result, compiled, normalized, language);
    if (!result.size) result = NOTHING;
    if (result.size) addUltimatumDemands(result, compiled, normalized);
  }
  return result;
}

/**
 * The detectors that are not phrases, behind one pass over the text that tells whether any of
 * them can find something: most messages have no run of capitals, no "!!" and no "f***".
 */
function scanSpecial(text: string, normalized: string, compiled: CompiledPacks, special: number[], hints: number) {
  const capitals = (hints & CAPITALS) !== 0;
  const marks = (hints & MARKS) !== 0;
  const masks = (hints & MASKING) !== 0;
  // Masked swearing is looked for once per text, however many rules ask for it.
  let masked: Span[] | undefined;
  for (const id of special) {
    const m = compiled.matchers[id] as CompiledMatcher;
    for (const re of m.regexes) for (const [s, e] of re.exec(normalized)) push(id, s, e);
    if (m.shouting && capitals) for (const [s, e] of shouting(text, m.shouting.minRatio, m.shouting.minLetters)) push(id, s, e);
    if (m.punctuation && marks) for (const [s, e] of punctuationRuns(text, m.punctuation.min)) push(id, s, e);
    if (m.masked && masks) {
      masked ??= maskedSwearing(text);
      for (const [s, e] of masked) push(id, s, e);
    }
  }
}
