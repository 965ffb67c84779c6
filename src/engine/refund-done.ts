import type { CompiledPacks } from './compile';

/**
 * A refund that has come is no refund asked for: "the refund's come through, thank you", "die
 * Gutschrift ist da", "takk for at dere refunderte hele beløpet", "刚收到退款了", "退款收到了，谢谢".
 * A refund hit whose clause says the money arrived (or thanks for it), with no negation and no
 * question there ("hasn't come through", "noch nicht angekommen", "还没收到", "has it arrived?" stay
 * requests), is dropped. Words per language, normalised (lower case, no diacritics).
 */
const ARRIVED =
  /(?<![\p{L}])(?:come through|came through|arrived|received|got it|got my|got the|is in my account|has landed|credited|ist da|sind da|angekommen|erhalten|bekommen|gutgeschrieben|eingegangen|ηρθε|ηρθαν|ελαβα|πηρα|πιστωθηκε|πιστωθηκαν|irthe|elava|phra|pistw8hke|prisli|prisla|prislo|dostal\p{L}*|pripisan\p{L}*|kom|kommet|mottatt|mottok|fatt|fikk|gikk inn)(?![\p{L}])|收到|到账|到賬|到了|退回来了|退了/u;
/** Thanks for the refund itself. */
const THANKED =
  /(?<![\p{L}])(?:thanks? (?:you )?for (?:the |my )?refund\p{L}*|thank you for refunding|danke fur die (?:erstattung|ruckerstattung|gutschrift)|ευχαριστ\p{L}* για την επιστροφη|dakujem za vratenie|takk for (?:at dere refunderte|refusjonen|tilbakebetalingen))(?![\p{L}])|谢谢.{0,4}退款|感谢.{0,4}退款/u;
const NEGATION =
  /(?<![\p{L}])(?:not|no|never|n't|nicht|kein\p{L}*|noch nicht|δεν|ακομα|ne\p{L}+|este nie|ikke|ikkje|enda|fortsatt ingen)(?![\p{L}])|n't|没|未|还没|尚未|不/u;
const CLAUSE_END = /[.!?;\n。！？；]/;

/** Drops refund hits in clauses that report the refund received or thank for it, in place. */
export function dropRefundsDone(result: Map<number, { start: number; end: number }[]>, compiled: CompiledPacks, normalized: string): void {
  for (const [id, hits] of result) {
    const rule = compiled.signalRules[compiled.signalRuleOf[id] ?? -1]?.rule;
    if (rule?.signal !== 'refund-request') continue;
    const kept = hits.filter((h) => !done(normalized, h));
    if (kept.length === hits.length) continue;
    if (kept.length) result.set(id, kept);
    else result.delete(id);
  }
}

function done(text: string, h: { start: number; end: number }): boolean {
  let from = h.start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] as string) && text[from - 1] !== ',' && text[from - 1] !== '，') from--;
  let to = h.end;
  while (to < text.length && !CLAUSE_END.test(text[to] as string) && text[to] !== ',' && text[to] !== '，') to++;
  const clause = text.slice(from, to);
  if (/[?？]/.test(text[to] ?? '') || NEGATION.test(clause) || ASKING.test(clause) || NOT_YET.test(clause)) return false;
  // "I received a refund, however I cannot see it": a turn in the sentence keeps the request.
  if (CONTRAST.test(sentenceOf(text, h))) return false;
  if (THANKED.test(clause)) return true;
  // The money itself arrived, in the words right beside it: "I received a broken kettle and want a refund" is a request.
  const near = text.slice(Math.max(from, h.start - NEAR), Math.min(to, h.end + NEAR));
  // "refund wrong item received": what arrived is the goods.
  return ARRIVED.test(near) && !GOODS.test(near);
}

/** Goods beside the arrival: the item came, not the money. */
const GOODS =
  /(?<![\p{L}])(?:item|items|product|order|parcel|package|goods|artikel|ware|paket|bestellung|προιον|δεμα|παραγγελια|tovar|balik|zasielka|vare|varen|pakke|pakken)(?![\p{L}])|商品|货|快递|包裹/u;

/** How close to the refund word its arrival must be said, in characters. */
const NEAR = 24;
/** Asking in the clause: "please refund once you have received it", "麻烦收到后帮忙退款". */
const ASKING =
  /(?<![\p{L}])(?:please|pls|kindly|want|need|would like|bitte|mochte|παρακαλω|θελω|prosim|chcem|vennligst|vil ha|onsker)(?![\p{L}])|请|麻烦|麻煩|帮忙|幫忙|帮我|幫我|要求/u;

/** A refund still to come, or asked about: "when will my refund come through", "wann kommt", "什么时候到". */
const NOT_YET =
  /(?<![\p{L}])(?:when|will|has|have|did|does|where|why|wann|wird|wo|warum|ποτε|θα|που|γιατι|kedy|bude|preco|nar|vil|hvor|hvorfor|har)(?![\p{L}])|什么时候|何时|会不会|吗|嗎/u;
const CONTRAST =
  /(?<![\p{L}])(?:but|however|though|yet|aber|jedoch|allerdings|αλλα|ομως|ale|avsak|men|likevel)(?![\p{L}])|但|可是|不过|不過/u;

function sentenceOf(text: string, h: { start: number; end: number }): string {
  let from = h.start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] as string)) from--;
  let to = h.end;
  while (to < text.length && !CLAUSE_END.test(text[to] as string)) to++;
  return text.slice(from, to);
}
