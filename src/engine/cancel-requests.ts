import type { CompiledPacks } from './compile';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * A polite cancellation is a request by its form: a request formula, then ending something the
 * customer holds — "Please end our subscription at the close of this billing period", "Prosím o
 * ukončenie predplatného k 30. 6.", "Παρακαλώ προχωρήστε στη διακοπή της σύνδεσης", "θα θέλαμε να
 * μην ανανεωθεί το πλάνο", "Vi ønsker å avslutte bedriftsabonnementet", "请帮我把会员取消掉".
 * The packs hold "cancel", "zrušiť", "avslutte", "取消" only as weak cues (they are also told of
 * the past, or asked about); a formula before the ending word in its clause, with no negation
 * between, makes it the request. Ending words that have other senses (διακοπή is also a power
 * cut, "close" a door) count only with what is ended after them: a subscription, a contract, an
 * account, a membership, a plan. A question about how it works is still dropped by the policy
 * step after this one. Words per language, normalised (lower case, no diacritics).
 */

/** Asking for it: the formula opens the request. */
export const FORMULA =
  /(?<![\p{L}])(?:please|kindly|could you|can you|would you|i'd like to|i would like to|we'd like to|we would like to|i want to|we want to|i wish to|we wish to|i am writing to|i'm writing to|i need to|bitte|ich mochte|wir mochten|ich will|wir wollen|ich bitte um|wir bitten um|hiermit|παρακαλω|παρακαλουμε|θα ηθελα|θα θελαμε|θελω|θελουμε|μπορειτε να|προχωρησετε|(?:8a|tha) (?:ithela|h8ela|8ela|8elame|thelame|ithelame)|thelw|8elw|parakalw|prosim|prosime|ziadam|ziadame|chcem|chceme|chcel by som|chcela by som|chceli by sme|chcel bych|tymto|vennligst|jeg vil|vi vil|eg vil|me vil|[øo]nsker a|[øo]nskjer a|ynskjer a|gjerne|kan dere|ber om)(?![\p{L}])|请|請|帮我|幫我|给我|給我|麻烦|麻煩|我要|我想|(?<!我|我们|已经|已)把/u;

/**
 * Ending words that mean cancelling whatever follows. English "cancel" is not among them: a
 * card, a transfer or a payment is cancelled too (BANKING77 tells those apart from closing an
 * account), so it counts only with what a customer holds after it.
 */
const CANCEL =
  /(?<![\p{L}])(?:kundigen|kundigung|stornieren|stornierung|ακυρωσ\p{L}*|ακυρωστε|ακυρωνω|akyrws\p{L}*|akurws\p{L}*|zrusit|zrusenie|zrusenia|zruste|zrus|vypovedat|vypoved|avbestille|kansellere|seie opp|sei opp|si opp|oppseiing|oppsigelse)(?![\p{L}])|取消|退订|退訂|解约|解約|注销|註銷/u;
/** Ending words with other senses: they cancel only what they are followed by. */
const ENDING =
  /(?<![\p{L}])(?:cancel|cancelling|canceling|end|terminate|close|beenden|schliessen|διακοπ\p{L}*|διακοψ\p{L}*|κλεισ\p{L}*|τερματισ\p{L}*|diakop\p{L}*|diakops\p{L}*|kleis\p{L}*|ukoncenie|ukoncit|ukoncite|ukoncenia|avslutte|stenge|avslutt)(?![\p{L}])/u;
/** What a customer holds and can end: subscription, contract, account, membership, plan, line. */
const HELD =
  /(?:subscription|contract|account|membership|plan|abo\p{L}*|vertrag|konto|mitgliedschaft|συνδρομ|συμβολαι|συμβασ|λογαριασμ|συνδεσ|πλανο|syndrom|symvolai|symbolai|logariasm|syndes|predplatn|zmluv|clenstv|(?<![\p{L}])uc(?:et|tu|te|tom|ty)|tarif|abonnement|avtale|konto|medlemskap|kontoen)/u;
/** A preposition or a conjunction before the held thing: it is not what is ended ("cancel the request on my account", "cancel that payment and credit my account"). */
const LINKS =
  /(?<![\p{L}])(?:on|in|at|for|from|to|with|of|and|or|auf|an|fur|von|mit|und|oder|σε|απο|για|με|και|na|v|z|od|pre|s|a|alebo|pa|for|fra|med|og|eller|av|til)(?![\p{L}])|和|或/u;
/** Not ending: "please don't cancel", "nicht kündigen", "μην ακυρώσετε", "ikke si opp", "不要取消". */
const NEGATION = /(?<![\p{L}])(?:not|don't|dont|do not|never|no|nicht|kein\p{L}*|δεν|μην|nie|ne|ikke|ikkje|aldri)(?![\p{L}])|不|别|別|没/u;
/** Not renewing is cancelling: "να μην ανανεωθεί", "not renew", "nicht verlängern", "neobnovovať", "ikke fornye", "不再续费". */
const NOT_RENEW =
  /(?<![\p{L}])(?:not (?:to )?(?:be )?renew\p{L}*|nicht (?:mehr )?verlanger\p{L}*|να μην ανανεω\p{L}*|na mhn ananew\p{L}*|neobnov\p{L}*|ikke (?:lenger )?forny\p{L}*)(?![\p{L}])|不再续费|不要续费|不再續費|关闭自动续费|關閉自動續費/u;

const LANGUAGES = new Set(['en', 'de', 'el', 'sk', 'no', 'nb', 'nn', 'zh']);
/** Greeklish negators, which are words of other languages too (Norwegian "den", "min"): only right before the formula. */
const GREEKLISH_NOT = /(?<![\p{L}])(?:den|dn|min)\s+$/u;

/** How many words after its formula the ending may stand, and its object after the ending. */
const REACH_WORDS = 7;
const OBJECT_WORDS = 5;
const CLAUSE = /[^.!?;\n。！？；]+/gu;

/**
 * Adds a cancel request for each clause where a request formula is followed by an ending word (and,
 * for words of other senses, what is ended), with no negation between. Returns the hits, or null.
 */
export function addCancelRequests(
  result: ScanResult | null,
  compiled: CompiledPacks,
  normalized: string,
  language: string | undefined,
): ScanResult | null {
  // The words are these languages': text read as another language ("8elw na akyrwsw" as Swedish) is left alone.
  if (language && language !== 'und' && !LANGUAGES.has(language.split('-')[0] as string)) return result;
  if (!FORMULA.test(normalized)) return result;
  const cancel = compiled.strongestOf['cancel-request'];
  if (cancel === undefined) return result;
  for (const m of normalized.matchAll(CLAUSE)) {
    const found = politeCancel(m[0]);
    if (!found) continue;
    const hit = { start: m.index + found.start, end: m.index + found.end };
    const hits = result?.get(cancel);
    if (hits?.some((h) => h.start < hit.end && hit.start < h.end)) continue;
    if (hits) hits.push(hit);
    else {
      result ??= new Map();
      result.set(cancel, [hit]);
    }
  }
  return result;
}

/** The span from a request formula to the cancelling it asks for, in one clause; undefined if none. */
export function politeCancel(clause: string): { start: number; end: number } | undefined {
  const formula = FORMULA.exec(clause);
  if (!formula) return undefined;
  const from = formula.index;
  // "I don't want to cancel", "Δεν θέλω να ακυρώσω": the formula itself negated.
  const lead = clause.slice(Math.max(0, from - 12), from);
  if (NEGATION.test(lead) || GREEKLISH_NOT.test(lead)) return undefined;
  const rest = clause.slice(from + formula[0].length);
  const at = from + formula[0].length;
  const renew = NOT_RENEW.exec(rest);
  if (renew && wordsIn(rest.slice(0, renew.index)) <= REACH_WORDS) return { start: from, end: at + renew.index + renew[0].length };
  const act = CANCEL.exec(rest) ?? ENDING.exec(rest);
  if (!act) return undefined;
  const before = rest.slice(0, act.index);
  if (wordsIn(before) > REACH_WORDS || NEGATION.test(before)) return undefined;
  let end = at + act.index + act[0].length;
  if (!CANCEL.test(act[0])) {
    // "at the end of the month" names a time, not an ending asked for.
    if (/(?<![\p{L}])(?:the|at|by|to|of)\s+$/u.test(before)) return undefined;
    const after = rest.slice(act.index + act[0].length);
    const object = HELD.exec(after);
    const between = object ? after.slice(0, object.index) : '';
    if (!object || /[,:]/.test(between) || LINKS.test(between) || wordsIn(between) > OBJECT_WORDS) return undefined;
    end = at + act.index + act[0].length + object.index + object[0].length;
  }
  return { start: from, end };
}

/** Words in a stretch of text; in Chinese, two characters count as one word. */
function wordsIn(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han ? words - (text.match(/\p{Script=Han}+/gu)?.length ?? 0) + Math.ceil(han / 2) : words;
}
