import type { CompiledPacks } from './compile';
import { NEGATED, NEGATED_GREEKLISH, PRAISE, STRONG, STRONG_ZH, ultimatumIn } from './threat-action';

/**
 * A threat word named is not a threat made. The threat phrases that are one word (lawyer,
 * Anwalt, δικηγόρος, recenzia, advokat) or an everyday place (with my bank, meiner Bank, στην
 * τράπεζα, cez banku, v banke) also stand in sentences that threaten nothing: a question ("Skal
 * jeg gå til advokat?"), a negated clause ("Δεν θα πάω σε δικηγόρο"), praise ("I'll leave a
 * five-star review on Google"), an errand at the bank ("I'll check with my bank", "Θα ρωτήσω
 * στην τράπεζα", "Budem v banke zajtra"). Such a hit is dropped there; an ultimatum (a condition
 * or "or else") keeps it whatever else the sentence holds. A bank phrase stays only in an
 * ultimatum or beside a dispute word (chargeback, reklamácia transakcie). Phrases of several
 * words that threaten in themselves ("see you in court", "sue you") are left alone. Runs before
 * threat-action.ts, which reads the customer's own act with its target. Words normalised.
 */

/** The everyday places a threat phrase may name: a bank is also where one pays and asks. */
const BANK = /(?<![\p{L}])(?:my bank|meine bank|meiner bank|στην τραπεζα|cez banku|v banke)(?![\p{L}])|^(?:找银行|找銀行|让银行|讓銀行)$/u;
/** Greeklish condition words ("an den ta dw…"): only in Greek, where "an" is no English article. */
const ULTIMATUM_GREEKLISH = /(?<![\p{L}])(?:an|ean|alliws|allios|ektos an)(?![\p{L}])/u;
/** A negation that affirms: "I'm not afraid to", "I won't hesitate to", "δεν θα διστάσω", "ich zögere nicht". */
const LITOTES =
  /(?<![\p{L}])(?:afraid|hesitate|scared|zogern|zogere|scheue|διστασω|διστασουμε|distasw|vahat|vaham|vahal|nole|nøle|nøler|noler)(?![\p{L}])/u;
/** A sentence that opens as a polite question. */
const ASKED = /请问|請問|想问|想問|请教|請教|问一下|問一下/u;
const SENTENCE_END = /[.!?。！？\n]/;
const CLAUSE_END = /[,;:，；：]/;

type ScanResult = Map<number, { start: number; end: number }[]>;

/** Drops threat hits that name rather than threaten, in place. */
export function dropThreatMentions(result: ScanResult, compiled: CompiledPacks, normalized: string, language?: string): void {
  const greek = language?.startsWith('el') ?? false;
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (rule?.signal !== 'threat') continue;
    const kept = hits.filter((h) => threatens(normalized, h, greek));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}

function threatens(text: string, h: { start: number; end: number }, greek: boolean): boolean {
  const words = text.slice(h.start, h.end).trim();
  const bank = BANK.test(words);
  // Why a bare word: it names the place or the profession, not what the customer will do there.
  const bare = bank || (/\p{Script=Han}/u.test(words) ? words.length <= 2 : !/\s/.test(words));
  let from = h.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = h.end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  // The question mark that ends the sentence belongs to it.
  const sentence = text.slice(from, Math.min(text.length, to + 1));
  // Praise drops every threat phrase of its sentence ("I will leave a five-star review").
  if (PRAISE.test(sentence)) return false;
  // A question asked as one ("请问如果…是我这边联系银行拒付，还是…？"): its condition is the case asked about.
  if (bare && ASKED.test(sentence) && /[?？]/.test(sentence)) return false;
  if (!bare) return true;
  if (ultimatumIn(sentence) || (greek && ULTIMATUM_GREEKLISH.test(sentence))) return true;
  if (/[?？]/.test(sentence)) return false;
  // Negated in its own clause, before the threat word: "Δεν θα πάω σε δικηγόρο".
  let clause = h.start;
  while (clause > from && !CLAUSE_END.test(text[clause - 1] as string)) clause--;
  const before = text.slice(clause, h.start);
  if ((NEGATED.test(before) || (greek && NEGATED_GREEKLISH.test(before))) && !LITOTES.test(before)) return false;
  if (!bank) return true;
  const rest = sentence.replace(words, ' ');
  return STRONG_ZH.test(rest) || Object.values(STRONG).some((r) => r.test(rest));
}
