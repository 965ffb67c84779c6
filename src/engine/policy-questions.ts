import type { CompiledPacks } from './compile';

/**
 * A question about a policy is not a request, and neither is a hypothetical: "How do refunds work
 * for gifts?", "If I buy the annual licence now, could I get a pro-rata refund later?", "Wie
 * funktioniert die Kündigung?", "Πώς λειτουργεί η επιστροφή χρημάτων;", "Ako funguje vrátenie
 * tovaru?", "Hvordan fungerer refusjon hvis…?", "你们的退货政策是怎样的？". A refund or cancel
 * phrase in a question that asks how something works, what the rules are, or what would happen
 * if, is dropped; "Can I get a refund?" and "Could you cancel my plan?" stay requests.
 * Words per language, normalised (lower case, no diacritics).
 */

/** Asking how it works or what the rules are. */
const POLICY =
  /(?<![\p{L}])(?<!(?:not|n't|nt|δεν) )(?:work|works|policy|policies|allowed|eligible|entitled|rules|terms|time limit|funktioniert(?! nicht)|funktionieren(?! nicht)|regel\p{L}*|richtlinie\p{L}*|bedingungen|frist|λειτουργει|λειτουργουν|πολιτικη|ισχυει|προθεσμια|funguje|funguju|pravidl\p{L}*|podmienk\p{L}*|lehota|fungerer(?! ikke)|regler|regl\p{L}*|vilkar|gjelder|frist)(?![\p{L}])|政策|规定|規定|流程|怎么算|怎麼算|是怎样|是怎樣|还是|還是/u;
/**
 * Asking whether one can have it is asking for it ("Is it possible to get a refund?", "Would I be
 * able to return it?", "Würden Sie …", "Would you please tell me the status of my refund?"): a
 * polite conditional, not a hypothetical. Blanked before HYPOTHETICAL is tried.
 */
const POLITE =
  /(?<![\p{L}])(?:would (?:you|i be able|it be possible)|wurden sie|wurdest du|ware es moglich|ville (?:du|dere) (?:kunne|vaert)|by ste (?:mohli|mi)|θα μπορουσατε)(?![\p{L}])/gu;
/** A refund or cancellation already under way ("my refund", "meine Erstattung"): its status is asked, not a policy. */
const UNDER_WAY = /(?:(?<![\p{L}])(?:my|mein|meine|meiner|meinen|min|mitt|mine|moj|moja|moje|mojho)|我的)[ \t]*$/u;
/** What would happen if: a condition or a conditional verb in the question. */
const HYPOTHETICAL =
  /(?<![\p{L}])(?:if|in case|would|wenn|falls|wurde|wurden|ware|αν|εαν|σε περιπτωση|ak|keby|v pripade|by som|hvis|dersom|ville|i tilfelle)(?![\p{L}])|如果|要是|万一|萬一|假如|假设/u;
const ENDS = /[.!?\n。！？]/;
const QUESTION = /[?？;]/;
const GREEK = /[\u0370-\u03ff]/;

const REQUESTS = new Set(['refund-request', 'cancel-request']);

/** Drops refund and cancel hits that stand in a policy question or a hypothetical one. */
export function dropPolicyQuestions(
  result: Map<number, { start: number; end: number }[]>,
  compiled: CompiledPacks,
  normalized: string,
): void {
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (!rule || !REQUESTS.has(rule.signal)) continue;
    const kept = hits.filter((h) => !inPolicyQuestion(normalized, h.start, h.end));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}

/** Whether the sentence around a hit is a question that asks how it works or what would happen if. */
function inPolicyQuestion(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !ENDS.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !ENDS.test(text[to] as string) && text[to] !== ';') to++;
  // A Greek question ends in ";" (the Greek question mark folds to it).
  if (to >= text.length || !QUESTION.test(text[to] as string)) return false;
  const sentence = text.slice(from, to);
  if (text[to] === ';' && !GREEK.test(sentence)) return false;
  if (UNDER_WAY.test(text.slice(Math.max(from, start - 12), start))) return false;
  return POLICY.test(sentence) || HYPOTHETICAL.test(sentence.replace(POLITE, ' '));
}
