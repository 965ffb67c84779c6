import { FORMULA } from './cancel-requests';
import type { CompiledPacks } from './compile';
import { NEGATOR_GREEKLISH, NOT_ASKING as NEGATION } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * Money asked back is a refund request by its form, whatever its noun: a request or demand
 * formula, then "back" (or a verb of paying back) in the same clause, with money named in its
 * sentence — "I want the £35 back", "give me back the duplicate charges", "Ich erwarte die 40 €
 * zurück", "θέλω να πάρω πίσω τα 120€", "Žiadam vrátenie celej sumy", "Jeg vil ha 1 450 kr
 * tilbake", "要求退还这1800元". A negation between the formula and the "back" ("I don't want my
 * money back") is no request, and a question about how refunds work is still dropped by the
 * policy step after this one. Words per language, normalised (lower case, no diacritics).
 */

/** Demanding, beside the request formulas of polite cancellations. */
const DEMAND =
  /(?<![\p{L}])(?:i want|we want|i'd like|i would like|i demand|i expect|we expect|give me|send me|pay me|ich fordere|ich erwarte|wir erwarten|fordere ich|erwarte ich|απαιτω|zadam|ocakavam|vil ha|krever|forventer)(?![\p{L}])|要求|赶紧|趕緊/u;
/** Back, or paying back. */
const BACK =
  /(?<![\p{L}])(?:back|repay\p{L}*|zuruck\p{L}*|ruckerstatt\p{L}*|erstatt\p{L}*|πισω|pisw|epistrof\p{L}*|επιστροφ\p{L}*|επιστρεψ\p{L}*|vratenie|vratit|vratte|vrat|spat|naspat|tilbake|tilbakebetal\p{L}*|tilbakefor\p{L}*)(?![\p{L}])|退还|退給|退给|退回|退一笔|还给我|還給我|返还/u;
/** Money named: an amount, a currency, a charge or fee, money itself. */
const MONEY =
  /[£€$]|\d\s*(?:eur|euro|euros|kr|nok|chf|usd|gbp|e)(?![\p{L}])|\d\s*(?:元|块|塊)|(?<![\p{L}])(?:money|charges?|fees?|amount|payment|deposit|geld|betrag|gebuhr\p{L}*|beitrag\p{L}*|beitrage|kaution|lastschrift\p{L}*|χρηματ\p{L}*|λεφτα|ποσο|χρεωσ\p{L}*|lefta|xrhmata|poso|peniaze|penazi|sum[uay]|platb\p{L}*|poplat\p{L}*|pengene|penger|pengane|kron\p{L}*|belop\p{L}*|gebyr\p{L}*|trekk\p{L}*)(?![\p{L}])|钱|錢|费用|費用|款/u;
/** A clause: up to a comma, a semicolon or a sentence's end (Chinese marks too); not between digits ("£35.50", "40,50 €"). */
const CLAUSE = /(?:[^,.;!?\n，。；！？]|(?<=\d)[.,](?=\d))+/g;
/** "… and …" joins a clause of its own: "I'd like the charge reversed and my money to be put back" asks the reversal, not for money back. */
const AND = /\s(?:and|und|og)\s/;
const SENTENCE = /(?:[^.!?\n。！？]|(?<=\d)\.(?=\d))+/g;
/** A verb whose "back" is no money: "switch back to the monthly plan", "go back", "hear back", "call back". */
const VERB_BACK =
  /(?<![\p{L}])(?:switch\p{L}*|chang\p{L}*|go|going|goes|went|come|coming|hear|hearing|heard|call\p{L}*|ring\p{L}*|phon\p{L}*|writ\p{L}*|wrote|repl\p{L}*|get back to|getting back to|mov\p{L}*|log\p{L}*|sign\p{L}*|turn\p{L}*|step\p{L}*|roll\p{L}*|look\p{L}*|think\p{L}*|bring \p{L}+|put \p{L}+)\s+$/u;
/** What comes back right after "back": a few words, up to a preposition ("the signed form with the deposit receipt" brings back a form). */
const OBJECT_AFTER =
  /^(?:\s*(?!(?:with|to|from|about|for|of|on|in|by|mit|fur|an|auf|von|na|do|od|k|s|til|med|fra|om|για|με|απο|σε)(?![\p{L}]))[\p{L}\p{N}£€$.,']+){1,4}/u;
const QUESTION = /[?？]/;

/** The span from a formula to its "back" in one clause, when no negation stands between; undefined if none. */
export function moneyBack(clause: string, question = false, greek = false): { start: number; end: number } | undefined {
  const first = question ? clause.match(FORMULA) : earliest(clause.match(FORMULA), clause.match(DEMAND));
  if (first?.index === undefined) return undefined;
  const rest = clause.slice(first.index);
  const and = rest.search(AND);
  const after = and < 0 ? rest : rest.slice(0, and);
  const back = after.match(BACK);
  if (back?.index === undefined) return undefined;
  // The money itself is what comes back: named between the formula and its "back" ("I want the £35
  // back") or as the words right after it ("give me back the duplicate charges", "退还那300元").
  const between = after.slice(first[0].length, back.index);
  if (VERB_BACK.test(after.slice(0, back.index))) return undefined;
  const next = after.slice(back.index + back[0].length);
  const object = /^\s*\p{Script=Han}/u.test(next) ? next.slice(0, 10) : (next.match(OBJECT_AFTER)?.[0] ?? '');
  if (!MONEY.test(between) && !MONEY.test(object)) return undefined;
  const negated = (text: string) => NEGATION.test(text) || (greek && NEGATOR_GREEKLISH.test(text));
  if (negated(after.slice(0, back.index)) || negated(clause.slice(0, first.index).slice(-12))) return undefined;
  return { start: first.index, end: first.index + back.index + back[0].length };
}

function earliest(a: RegExpMatchArray | null, b: RegExpMatchArray | null): RegExpMatchArray | null {
  if (a?.index === undefined) return b;
  if (b?.index === undefined) return a;
  return a.index <= b.index ? a : b;
}

/**
 * Adds a refund request for each clause that asks money back (scan.ts), as evidence of the
 * strongest refund rule; returns the hits, or null when there are none.
 */
export function addMoneyBack(result: ScanResult | null, compiled: CompiledPacks, normalized: string, language?: string): ScanResult | null {
  if (!BACK.test(normalized) || !MONEY.test(normalized)) return result;
  const refund = compiled.strongestOf['refund-request'];
  if (refund === undefined) return result;
  for (const s of normalized.matchAll(SENTENCE)) {
    if (!MONEY.test(s[0])) continue;
    // "When can I expect the fees back?" asks when, not for: in a question only a request formula asks.
    const question = QUESTION.test(normalized.slice(s.index + s[0].length, s.index + s[0].length + 1));
    for (const c of s[0].matchAll(CLAUSE)) {
      const found = moneyBack(c[0], question, language?.startsWith('el') ?? false);
      if (!found) continue;
      const at = s.index + c.index;
      const hit = { start: at + found.start, end: at + found.end };
      const hits = result?.get(refund);
      if (hits?.some((h) => h.start < hit.end && hit.start < h.end)) continue;
      if (hits) hits.push(hit);
      else {
        result ??= new Map();
        result.set(refund, [hit]);
      }
    }
  }
  return result;
}
