import { FORMULA } from './cancel-requests';
import type { CompiledPacks } from './compile';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * A demand with "today" in it is urgent: "I need the invoice today", "I want that call — today",
 * "Jeg krever å få snakke med en leder i dag", "Prosím rýchlo, balík má ísť dnes", "请今天内安排",
 * "Χρειάζομαι να την ξεκλειδώσετε τώρα". No list of urgent phrases holds them; what they share is
 * a request or a demand and, in the same clause, the nearest of times (today, now, right away).
 * Dates further off are the deadline readers' (deadline.ts), not read here. Words per language,
 * normalised (lower case, no diacritics).
 */
const DEMAND =
  /(?<![\p{L}])(?:need|needs|want|demand|insist|require|expect|brauche|brauchen|will|verlange|fordere|erwarte|χρειαζομαι|χρειαζομαστε|θελω|θελουμε|ζητω|ζηταω|απαιτω|potrebujem|potrebujeme|chcem|chceme|ziadam|pozadujem|trenger|vil ha|krever|forventer)(?![\p{L}])|需要|我要|要求|必须|必須|务必|務必/u;
/** The nearest of times: today, tonight, now, right away. */
const NOW =
  /(?<![\p{L}])(?:today|tonight|right now|now|right away|immediately|this morning|this afternoon|heute|heute noch|sofort|jetzt|umgehend|σημερα|τωρα|αμεσως|simera|twra|amesws|dnes|hned|ihned|teraz|okamzite|i dag|i kveld|med en gang|straks|umiddelbart|asap)(?![\p{L}'’])|今天内|今天之内|今天必须|今天就|今天下班前|今晚之前|马上|馬上|立刻|立即|现在就|現在就/u;

/** "I'm not asking for it now", "δεν ζητάω τώρα", "nechcem teraz nič rušiť", "不是要办": no urgency. */
const NEGATION =
  /(?<![\p{L}])(?:not|don't|dont|no|nicht|kein\p{L}*|δεν|μην|den|dn|nechcem|nechceme|nepotrebujem|nie|ikke|ikkje)(?![\p{L}])|n't|不|没|別|别/u;

/** An effective date is no hurry: "cancel it with effect from today", "med verknad frå i dag", "ab heute", "从今天起". */
const FROM_NOW =
  /(?<![\p{L}])(?:from|fra|fra|ab|von|od|απο|apo) (?:today|now|i dag|heute|jetzt|dnes|teraz|σημερα|τωρα|simera|twra)(?![\p{L}])|从今天|自今天|從今天/u;

/** Adds urgency for each clause that asks or demands with the nearest of times. Returns the hits, or null. */
export function addUrgentDemands(result: ScanResult | null, compiled: CompiledPacks, normalized: string): ScanResult | null {
  if (!NOW.test(normalized)) return result;
  for (const r of compiled.signalRules) if (r.rule.signal === 'urgency' && result?.get(r.matcher)?.length) return result;
  const urgency = compiled.strongestOf.urgency;
  if (urgency === undefined) return result;
  // "I want that call — today": the dash joins a time to the demand before it.
  const sentences = normalized.split(/(?<=[.!?。！？\n])/u);
  let at = 0;
  for (const sentence of sentences) {
    const found = urgentIn(sentence);
    if (found) {
      const hit = { start: at + found.start, end: at + found.end };
      result ??= new Map();
      result.set(urgency, [hit]);
      return result;
    }
    at += sentence.length;
  }
  return result;
}

/** The span from a demand to its "today" in one clause of a sentence (a dash joins two), or undefined. */
export function urgentIn(sentence: string): { start: number; end: number } | undefined {
  for (const m of sentence.matchAll(/[^,;，；]+/gu)) {
    const clause = m[0];
    const now = NOW.exec(clause);
    if (!now) continue;
    const demand = DEMAND.exec(clause) ?? FORMULA.exec(clause);
    if (!demand || NEGATION.test(clause) || FROM_NOW.test(clause)) continue;
    const start = Math.min(demand.index, now.index);
    const end = Math.max(demand.index + demand[0].length, now.index + now[0].length);
    return { start: m.index + start, end: m.index + end };
  }
  return undefined;
}
