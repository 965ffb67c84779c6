import type { CompiledPacks } from './compile';

/**
 * An ultimatum names its demand in the condition: "If the money is not back on my card by Monday,
 * I'll go to my bank" asks for a refund without any refund word, and so does "Er ikke pengene
 * tilbake innen fredag, bestrider jeg kjøpet", "bud mi vrátite 89 eur, alebo robím chargeback" or
 * "钱再不退，我就让银行拒付". Where the packs found a threat, the text before it (its sentence and
 * the one before) is read for a condition that money does not come back — a condition word and a
 * negation, or "… or else" — and that clause becomes the refund request's evidence.
 * Words per language, normalised (lower case, no diacritics); the structure is the same in each.
 */

/** A condition that opens the clause: if, unless, wenn, falls, αν, ak, hvis, viss, dersom, 如果, 要是. */
const CONDITION = /(?<![\p{L}])(?:if|unless|wenn|falls|sofern|sollte|sollten|αν|εαν|an|ean|ak|pokial|hvis|viss|dersom)(?![\p{L}])/gu;
/** A sentence that opens with its verb and a negation is a condition too in Norwegian and German ("Er ikke pengene tilbake…", "Ist das Geld nicht…"). */
const INVERTED = /(?:^|[.!?\n]\s*)(?:er|kommer|har|blir|ist|sind|kommt)\s+(?:ikke|nicht|kein\p{L}*)(?![\p{L}])/u;
/** "… or else", "… otherwise": the demand before it, the threat after. */
const OR_ELSE = /(?<![\p{L}])(?:or else|otherwise|sonst|ansonsten|andernfalls|αλλιως|alliws|inak|alebo|ellers|i motsatt fall)(?![\p{L}])/u;
const NEGATION =
  /(?<![\p{L}])(?:not|no|never|unless|haven't|hasn't|isn't|don't|doesn't|didn't|won't|aren't|dont|doesnt|isnt|nicht|kein\p{L}*|nie|δεν|δε|μην|den|dn|ne\p{L}+|nie|ikke|ikkje|ingen|aldri)(?![\p{L}])|n't/u;
/** Money, an amount, or money coming back: what a refund ultimatum's condition is about. */
const MONEY =
  /[£€$]|\d\s*(?:eur|euro|kr|nok|chf|usd|gbp|€)|(?<![\p{L}])(?:money|refund\p{L}*|amount|deposit|back|reimburs\p{L}*|credited|geld\p{L}*|betrag|kaution|zuruck\p{L}*|erstatt\p{L}*|gutgeschrieben|gutschrift|λεφτα|χρηματα|ποσο|προκαταβολη|πισω|επιστρ\p{L}*|lefta|xrhmata|poso|pisw|epistr\p{L}*|peniaze|penazi|sum[uay]|zaloh\p{L}*|spat|vrat\p{L}*|platb\p{L}*|pengene|penger|pengane|belop\p{L}*|depositum\p{L}*|tilbake|refusjon|kreditering|refunder\p{L}*)(?![\p{L}])/u;
/** Chinese: "再不退", "不退…就", "如果…不/没…退/还". */
const ZH_CONDITION =
  /(?:如果|要是|若|假如|再)[^。！？!?\n]{0,24}?(?:不|没)[^。！？!?\n]{0,12}?(?:退|还|返)|(?:钱|款|费)[^。！？!?\n]{0,6}(?:不|没)(?:退|还|返)/;
/** Chinese "…, or else": 否则, 不然. */
const ZH_OR_ELSE = /(?:退|还|返)[^。！？!?\n]{0,20}(?:否则|不然|要不然)/;

/** How far before a threat its condition may start: its sentence and the one before. */
const REACH = 2;

/**
 * The refund demand an ultimatum makes, as a span of the text, for a threat found at
 * `threatStart`; undefined when the text before it sets no money condition.
 */
export function ultimatumDemand(normalized: string, threatStart: number): { start: number; end: number } | undefined {
  const from = sentencesBefore(normalized, threatStart, REACH);
  const before = normalized.slice(from, threatStart);
  // A question is not an ultimatum: "If it doesn't fit, can I get a refund?"
  if (/[?？]/.test(before) || /^[^.!?。！？\n]*[?？]/.test(normalized.slice(threatStart))) return undefined;
  const zh = before.match(ZH_CONDITION) ?? before.match(ZH_OR_ELSE);
  if (zh?.index !== undefined) return { start: from + zh.index, end: from + zh.index + zh[0].length };
  for (const m of before.matchAll(CONDITION)) {
    const clause = clauseFrom(before, m.index);
    if (NEGATION.test(clause) && MONEY.test(clause)) return span(from, m.index, clause);
  }
  const inverted = before.match(INVERTED);
  if (inverted?.index !== undefined) {
    const at = inverted.index + inverted[0].search(/\S/) + (/^[.!?\n]/.test(inverted[0]) ? 1 : 0);
    const start = at + before.slice(at).search(/\S/);
    const clause = clauseFrom(before, start);
    if (MONEY.test(clause)) return span(from, start, clause);
  }
  const orElse = before.match(OR_ELSE);
  if (orElse?.index !== undefined) {
    const demand = before.slice(0, orElse.index);
    const start = Math.max(demand.lastIndexOf('.'), demand.lastIndexOf('!'), demand.lastIndexOf('\n')) + 1;
    const clause = demand.slice(start);
    if (MONEY.test(clause) && clause.trim()) return span(from, start + clause.search(/\S/), clause.trimStart());
  }
  return undefined;
}

const span = (from: number, at: number, clause: string) => ({ start: from + at, end: from + at + clause.trimEnd().length });

/** The condition's clause: from its word to the comma, "then" or sentence end that closes it. */
function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = rest.search(/[,;:.!\n]|(?<![\p{L}])(?:then|dann|τοτε|tak|sa|så)(?![\p{L}])/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Where the `count` sentences that end at `at` begin. */
function sentencesBefore(text: string, at: number, count: number): number {
  let i = at;
  let seen = 0;
  while (i > 0) {
    const c = text[i - 1] as string;
    if (/[.!?。！？\n]/.test(c) && i < at && text.slice(i, at).trim()) {
      if (++seen === count) return i;
    }
    i--;
  }
  return 0;
}

/**
 * Adds the refund demand of each ultimatum to a customer message's hits (scan.ts): a threat's
 * money condition, as evidence of the strongest refund rule. Declared types here, not scan.ts's:
 * scan.ts calls this module.
 */
export function addUltimatumDemands(
  result: Map<number, { start: number; end: number }[]>,
  compiled: CompiledPacks,
  normalized: string,
): void {
  const refund = compiled.strongestOf['refund-request'];
  const threats: number[] = [];
  for (const r of compiled.signalRules) if (r.rule.signal === 'threat') for (const h of result.get(r.matcher) ?? []) threats.push(h.start);
  if (refund === undefined || !threats.length) return;
  for (const at of threats) {
    const demand = ultimatumDemand(normalized, at);
    if (!demand) continue;
    const hits = result.get(refund);
    if (hits) hits.push(demand);
    else result.set(refund, [demand]);
    return;
  }
}
