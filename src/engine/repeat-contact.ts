import type { CompiledPacks } from './compile';
import { CONDITION_WORD as CONDITION, NOT_YET } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * A repeat contact is the customer coming back to the company, not the trouble coming back.
 * "Again", "wieder", "ξανά", "znova", "igjen", "又" and "still no…" say that something recurs or
 * lasts: "the app crashed again", "die Maschine läuft wieder", "第二次在你们家买" are no earlier
 * contact. They count only in a sentence that names contacting — writing, calling, mailing, a
 * ticket, an answer that never came ("I'm writing again", "Ich schreibe Ihnen schon wieder").
 * And a contact act with a count or "already" says it without any pack phrase: "I previously
 * wrote to you on 3 and 17 April", "Ich habe fünfmal angerufen", "Phra 3 fores thlefwno",
 * "píšem už druhýkrát", "har ringt tre ganger", "报修电话打了四次". Contact with someone else
 * ("I called my bank twice") is not contact with the company.
 * Words per language, normalised (lower case, no diacritics; Greek final ς as σ).
 */

/** Contacting, or the answer it should have got: verbs and nouns, English, German, Greek (and Greeklish), Slovak, Norwegian. */
const CONTACT_WORDS =
  /(?<![\p{L}])(?:writ(?:e|es|ing|ten)|wrote|e-?mail(?:ed|s|ing)?|mail(?:ed|s)?|messag(?:e|ed|es|ing)|call(?:ed|s|ing)?|rang|rung|ring(?:ing)?|phon(?:e|ed|ing)|contact(?:ed|ing)?|chat(?:ted|s)?|tickets?|spoke|spoken|talked|ask(?:ed|ing|s)?|chased|complain(?:ed|t|ts)?|reported|reached out|repl(?:y|ied|ies)|respon(?:se|ded|ses)|answer(?:ed|s)?|heard back|hear back|got back|get back|explain(?:ed|ing)?|follow(?:ing|ed)? up|agents?|schreib\p{L}*|geschrieben|schrieb|angeschrieben|mails?|nachricht\p{L}*|angerufen|anruf\p{L}*|rufe|telefoniert|kontaktiert|melde mich|mich (?:\p{L}+ ){0,4}(?:gemeldet|melden)|meldung|wende mich|erklar\p{L}*|nachgefragt|gefragt|reklamiert|beschwert|beschwerde|antwort\p{L}*|geantwortet|reaktion|hotline|gesprochen|erklart|γραφ\p{L}*|γραψ\p{L}*|εγραψα|ξαναγραφ\p{L}*|μηνυμ\p{L}*|τηλεφων\p{L}*|καλεσα|επικοινων\p{L}*|αιτημα|ρωτησα|αναφερα|αναφερει|απαντησ\p{L}*|εξηγ\p{L}*|απευθυν\p{L}*|grafw|egrapsa|grapse\p{L}*|3anagrafw|ksanagrafw|thlefwn\p{L}*|tilefwn\p{L}*|epikoinwn\p{L}*|rwthsa|apanthsh|apantisi|e3hg\p{L}*|exhg\p{L}*|pisal\p{L}*|pisem|pisu|napisal\p{L}*|sprav\p{L}*|volal\p{L}*|volam(?! sa)|telefonoval\p{L}*|kontaktoval\p{L}*|tiket\p{L}*|reklamaci\p{L}*|pytal\p{L}*|spytat|odpoved\p{L}*|odpisal\p{L}*|neodpisal\p{L}*|ozval\p{L}*|neozval\p{L}*|obraca\p{L}*|vysvetl\p{L}*|opakujem|skrev|skrevet|skriver|e-post\p{L}*|epost\p{L}*|melding\p{L}*|ringt|ringte|ringer|ringjer|ringde|henvendelse\p{L}*|henvendingar|spurt|spurte|klaget|svar|svart|svarer|henvender|forklart|gjentar)(?![\p{L}])/u;
/** Greek in its own letters: "πήρα τηλέφωνο" is a call, "πήρα" alone is not. */
const CONTACT_ZH =
  /打了?(?:\S{0,2})电话|打了?(?:\S{0,2})電話|打过|电话里|電話裡|约过|電話打了|电话打了|電話打了|致电|致電|联系了|联系过|联系你们|联系您|聯繫你們|聯繫了|聯繫過|找过|找過|问了|问过|問過|问咗|問咗|催了|催过|投诉了|投诉过|投訴過|反馈了|反馈过|报修|報修|工单|工單|留言|讲过|講過|来信|來信|来电|來電|写信|寫信|发了邮件|发过邮件|再发|回复|回覆|答复/;
/**
 * Another party than the company: "I called my bank twice", a neighbour, one's family, or anyone the
 * contact is addressed to as one's own ("to my …", "mit meinem …", "med … min", "s mojou …", "στον … μου")
 * is not a repeat contact.
 */
const THIRD_PARTY =
  /(?<![\p{L}])(?:my bank|the bank|meine bank|meiner bank|die bank|τραπεζα|trapeza|banku|banke|banken|banka|post office|die post|posten|the courier|den kurier|kurierdienst|neighbou?rs?|my (?:husband|wife|partner|landlord|friend|son|daughter|mum|mom|dad|mother|father|brother|sister|colleague|boss|insurer|lawyer|solicitor)|vermieter\p{L}*|nachbar\p{L}*|mein(?:em|er|en)? (?:mann|frau|freund\p{L}*|kolleg\p{L}*|partner\p{L}*|sohn|tochter|mutter|vater|anwalt|versicherung)|naboen|naboene|mannen min|kona mi|kona|venn\p{L}*|kollega\p{L}*|utleier\p{L}*|sused\p{L}*|manzel\p{L}*|priatel\p{L}*|γειτον\p{L}*|συζυγο\p{L}*|αντρα μου|γυναικα μου|φιλο μου|φιλη μου|(?:to|with) (?:my|our) (?!(?:account|case|contact|agent|adviser|advisor|rep|representative|support|order|ticket|complaint)(?![\p{L}]))\p{L}+|(?:mit|an) (?:meinem|meiner|meinen|meine|unserem|unserer|unseren|unsere) (?!kundenberater\p{L}*|ansprechpartner\p{L}*|sachbearbeiter\p{L}*|kundenservice|reklamation\p{L}*|beschwerde\p{L}*|anfrage\p{L}*|mail|e-mail)\p{L}+|(?:med|til) \p{L}+ (?:min|mi|mitt)|(?:so|s) (?:mojim|mojou)|(?:mojmu|mojej) \p{L}+|(?:στον|στην|με τον|με την) \p{L}+ μου)(?![\p{L}])|银行|銀行|老公|老婆|邻居|鄰居|朋友|同事|家人|妈妈|媽媽|爸爸/u;

/** How often, or that it has happened before: counts, ordinals, "again", "already", "previously". */
const COUNT =
  /(?<![\p{L}])(?:again|already|previously|twice|(?:two|three|four|five|six|seven|several|multiple|many|countless|\d+) (?:times|calls|emails|e-mails|mails|messages|agents|tickets)|(?:second|third|fourth|fifth|sixth|umpteenth|nth) (?:time|email|e-mail|mail|message|call)|erneut|nochmal|noch einmal|wieder|bereits|schon|zweimal|dreimal|viermal|funfmal|mehrmals|mehrfach|(?:zwei|drei|vier|funf|\d+) (?:mails|e-mails|nachrichten|anrufe|tickets)|zum (?:zweiten|dritten|vierten|funften|x-ten|wiederholten) mal|ξανα|παλι|ηδη|ξαναγραφ\p{L}*|(?:δυο|τρεισ|τεσσερισ|πεντε|\d+) φορεσ|(?:δευτερη|τριτη|τεταρτη|πεμπτη) φορα|ksana|3ana|pali|hdh|idi|(?:dyo|treis|tesseris|pente|\d+) fores|znova|zase|opat|uz (?:som|sme|ste|po|minul\p{L}*|\d+|dva|tri|styri|pat)|este raz|(?:druhy|treti|stvrty|piaty) (?:krat|raz|mail|e-mail)|druhykrat|tretikrat|stvrtykrat|piatykrat|(?:dva|tri|styri|pat|\d+)krat|(?:dva|tri|styri|pat|\d+) (?:krat|maily|e-maily|spravy)|igjen|allerede|(?:to|tre|fire|fem|\d+) (?:ganger|gonger|e-poster|e-postar|mailer|mailar)|(?:andre|tredje|fjerde|femte) (?:gang|gong|e-post|mail)|gjentatte)(?![\p{L}])/u;
const COUNT_ZH = /(?:[两二三四五六七八九十几多\d]+|好几|无数)(?:次|遍|回)|又|再次|已经|已經|之前|上次/;

/** An ordinal count of times: "the third time", "zum dritten Mal", "τρίτη φορά", "tretíkrát", "tredje gang", "第三次". */
const ORDINAL_TIME =
  /(?:second|third|fourth|fifth|sixth|umpteenth|nth) time|zum (?:zweiten|dritten|vierten|funften|x-ten|wiederholten) mal|(?:zweite|dritte|vierte|x-te) mal|(?:δευτερη|τριτη|τεταρτη|πεμπτη) φορα|(?:defterh|trith|tetarth) fora|(?:druhy|treti|stvrty|piaty)(?: )?(?:krat|raz)|(?:andre|tredje|fjerde|femte) (?:gang|gong)|第[二三四五六七八九十几\d]+次/u;

/** How far apart, in characters, a contact act and its count may stand: a clause; in Chinese, a few characters and no comma. */
const NEAR = 40;
const NEAR_HAN = 8;
const HAN = /\p{Script=Han}/u;

const SENTENCE = /[^.!?。！？;；\n]+/g;

/**
 * Keeps the repeat-contact hits that stand close to a contact act in their sentence, and adds one
 * for each sentence where a contact act and a count stand close together. `normalized` is the
 * text as matched (quotes of others already blanked); hits are offsets into it. Returns the hits,
 * or null when there are none.
 */
export function readRepeatContact(result: ScanResult | null, compiled: CompiledPacks, normalized: string): ScanResult | null {
  // Most messages name no contact at all: then no repeat hit stands, and none is added.
  const anyContact = CONTACT_WORDS.test(normalized) || CONTACT_ZH.test(normalized);
  const strongest = compiled.strongestOf['repeat-contact'];
  for (const r of compiled.signalRules) {
    if (r.rule.signal !== 'repeat-contact') continue;
    const hits = result?.get(r.matcher);
    if (!hits) continue;
    const kept = hits.filter((h) => contactNear(normalized, h, anyContact));
    if (kept.length === hits.length) continue;
    if (kept.length) result?.set(r.matcher, kept);
    else result?.delete(r.matcher);
  }
  if (strongest === undefined || !anyContact) return result?.size ? result : null;
  for (const m of normalized.matchAll(SENTENCE)) {
    const found = contactCounted(m[0]);
    if (!found) continue;
    const hits = result?.get(strongest);
    if (hits?.some((h) => h.start < m.index + m[0].length && h.end > m.index)) continue;
    const hit = { start: m.index + found.start, end: m.index + found.end };
    if (hits) hits.push(hit);
    else {
      result ??= new Map();
      result.set(strongest, [hit]);
    }
  }
  return result?.size ? result : null;
}

/**
 * Whether a hit is a contact: an ordinal count that closes its sentence, or a hit that names
 * contacting itself or stands close to a contact act in its sentence.
 */
function contactNear(text: string, h: { start: number; end: number }, anyContact: boolean): boolean {
  const { from, sentence } = sentenceAround(text, h.start, h.end);
  const at = { start: h.start - from, end: h.end - from };
  if (otherParty(sentence, at)) return false;
  // "if I get no answer by tonight", "wenn ich bis heute Abend keine Antwort bekomme": a condition or a
  // time to come in the hit's own clause is no past contact.
  if (conditional(sentence, at)) return false;
  // "I want a refund, this is the third time." — the count that closes its clause counts this message.
  if (
    ORDINAL_TIME.test(sentence.slice(at.start, at.end)) &&
    !/[\p{L}\p{N}]/u.test((sentence.slice(at.end).split(/[,:—–]/)[0] as string).replace(/^\s*(?:now|jetzt|nun|τωρα|uz|na|no|nå|了)/u, ''))
  )
    return true;
  if (!anyContact) return false;
  return [...matchesOf(sentence, CONTACT_WORDS), ...matchesOf(sentence, CONTACT_ZH)].some((c) => close(sentence, c, at));
}

/** Where a clause ends: a comma, semicolon, colon or dash (Chinese ones too); the sentence's own ends are cut already. */
const CLAUSE_END = /[,，、;；:：—–]/;

/** The clauses of a sentence, found once: where each starts and ends (at its mark, or the sentence's end). */
export interface Clauses {
  sentence: string;
  starts: number[];
  ends: number[];
  /** Whether each clause names another party, computed when first asked. */
  party: (boolean | undefined)[];
  /** Where the condition and future words stand in the sentence (found once). */
  ifs?: { start: number; end: number }[];
}

export function clausesOf(sentence: string): Clauses {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < sentence.length; i++)
    if (CLAUSE_END.test(sentence[i] as string)) {
      ends.push(i);
      starts.push(i + 1);
    }
  ends.push(sentence.length);
  return { sentence, starts, ends, party: [] };
}

/** The clause a position stands in: the last whose start is at or before it. */
function clauseAt(c: Clauses, at: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((c.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Whether another party than the company is the one contacted: a bank, the post office, a neighbour
 * or one's family named in the clause of the contact (from the clause mark before `span` to the one
 * after it). Only there: "I have written to you three times, and now my bank has stepped in" is a
 * repeat contact. Pass the sentence's clauses (clausesOf) to read many spans of one sentence in
 * linear time.
 */
export function otherParty(sentence: string | Clauses, span: { start: number; end: number }): boolean {
  const c = typeof sentence === 'string' ? clausesOf(sentence) : sentence;
  const first = clauseAt(c, span.start);
  const last = clauseAt(c, span.end);
  for (let k = first; k <= last; k++) {
    // The span's own end stands at a clause mark: the clause after it is not the span's.
    if (k > first && (c.starts[k] as number) > span.end) break;
    let named = c.party[k];
    if (named === undefined) {
      named = THIRD_PARTY.test(c.sentence.slice(c.starts[k], c.ends[k]));
      c.party[k] = named;
    }
    if (named) return true;
  }
  return false;
}

/** Whether a condition or a future stands before `span` in its clause (from the clause mark before it). */
function conditional(sentence: string | Clauses, span: { start: number; end: number }): boolean {
  const c = typeof sentence === 'string' ? clausesOf(sentence) : sentence;
  const from = c.starts[clauseAt(c, span.start)] as number;
  c.ifs ??= [...matchesOf(c.sentence, CONDITION), ...matchesOf(c.sentence, NOT_YET)];
  return c.ifs.some((m) => m.start >= from && m.end <= span.start);
}

/** The sentence a hit stands in, and where it starts. */
function sentenceAround(text: string, start: number, end: number): { from: number; sentence: string } {
  let from = start;
  while (from > 0 && !/[.!?。！？;；\n]/.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !/[.!?。！？;；\n]/.test(text[to] as string)) to++;
  return { from, sentence: text.slice(from, to) };
}

/** Two spans of a sentence close enough to be one clause's: overlapping, or a few words apart (in Chinese, a few characters and no comma). */
function close(sentence: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const gap = b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
  const between = sentence.slice(Math.min(a.start, b.start), Math.max(a.end, b.end));
  return HAN.test(between) ? gap <= NEAR_HAN && !/[，,]/.test(between) : gap <= NEAR;
}

/** A contact act with a count close to it in one sentence: the span from the first to the last of the two. */
export function contactCounted(sentence: string): { start: number; end: number } | undefined {
  const contacts = [...matchesOf(sentence, CONTACT_WORDS), ...matchesOf(sentence, CONTACT_ZH)];
  if (!contacts.length) return undefined;
  // Counts in their order of finding (the first that fits wins, as before), sorted by place so that
  // each contact looks only at the counts within reach of it: a sentence of many stays linear.
  const counts = [...matchesOf(sentence, COUNT), ...matchesOf(sentence, COUNT_ZH)].map((n, order) => ({ ...n, order }));
  const byPlace = [...counts].sort((a, b) => a.start - b.start);
  const clauses = clausesOf(sentence);
  for (const c of contacts) {
    let best: (typeof counts)[number] | undefined;
    let i = firstAtOrAfter(byPlace, c.start - NEAR - LONGEST_COUNT);
    for (; i < byPlace.length && (byPlace[i] as (typeof counts)[number]).start <= c.end + NEAR; i++) {
      const n = byPlace[i] as (typeof counts)[number];
      if (best && n.order > best.order) continue;
      if (!close(sentence, c, n)) continue;
      const span = { start: Math.min(c.start, n.start), end: Math.max(c.end, n.end) };
      if (!otherParty(clauses, span) && !conditional(clauses, span)) best = n;
    }
    if (best) return { start: Math.min(c.start, best.start), end: Math.max(c.end, best.end) };
  }
  return undefined;
}

/** The longest a count may be (characters): counts that start this far before a contact may still reach it. */
const LONGEST_COUNT = 40;

function firstAtOrAfter(spans: { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matchesOf(text: string, re: RegExp): { start: number; end: number }[] {
  const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  return [...text.matchAll(global)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
