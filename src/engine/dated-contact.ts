import type { CompiledPacks } from './compile';
import { clausesOf, otherParty } from './repeat-contact';
import { CONDITION_WORD as CONDITION, NOT_YET } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * Repeat contact said with a date or a duration: the customer's own past contact act with a
 * past time beside it — "I rang about this back in February", "Sent a message on Sunday",
 * "habe ich Ihnen am 20. März geschrieben", "meine Störungsmeldung vom 3. Mai", "σας είχα πάρει
 * τηλέφωνο την Τρίτη", "Píšem vám od pondelka", "Jeg sendte e-posten for ni dager siden",
 * "3月20日打过电话". A contact that was made at a past time was made before this message, so the
 * message is not a first contact. Only the customer's act: a first-person verb (Greek, Slovak
 * and Norwegian say the person in the verb or beside it; English and German need "I"/"ich" or
 * a sentence that opens with the verb; Chinese, no other subject right before the verb); not
 * to another party ("I called my bank on Monday"), not in a condition or the future ("if I get
 * no answer by Monday I will call again"). Words normalised (lower case, no diacritics, σ for ς).
 */

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}])';
const re = (s: string) => new RegExp(`${L}(?:${s})${R}`, 'u');

const WEEKDAY_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH_EN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const NUM_EN = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)';
const WEEKDAY_DE = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)';
const MONTH_DE = '(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)';
const NUM_DE = '(?:\\d+|einem|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mehreren|einigen)';
const WEEKDAY_EL =
  '(?:δευτερα|τριτη|τεταρτη|πεμπτη|παρασκευη|σαββατο|κυριακη|deftera|deutera|triti|trith|tetarti|tetarth|pempti|pempth|paraskevi|paraskeuh|savvato|sabbato|kyriaki|kuriakh)';
const MONTH_EL = '(?:ιανουαριο|φεβρουαριο|μαρτιο|απριλιο|μαιο|ιουνιο|ιουλιο|αυγουστο|σεπτεμβριο|οκτωβριο|νοεμβριο|δεκεμβριο)';
const WEEKDAY_SK = '(?:pondelok|pondelka|utorok|utorka|stredu|stredy|stvrtok|stvrtka|piatok|piatka|sobotu|soboty|nedelu|nedele)';
const MONTH_SK =
  '(?:januari|januara|februari|februara|marci|marca|aprili|aprila|maji|maja|juni|juna|juli|jula|auguste|augusta|septembri|septembra|oktobri|oktobra|novembri|novembra|decembri|decembra)';
const WEEKDAY_NO = '(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|laurdag|søndag|sondag|mandagen|tirsdagen|onsdagen|torsdagen|fredagen)';
const MONTH_NO = '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)';
const NUM_NO = '(?:\\d+|en|ei|et|ein|eit|to|tre|fire|fem|seks|sju|syv|åtte|atte|ni|ti|noen|nokre|flere|fleire)';

/** A past time, per language: a weekday, a date, a month, "ago", "since", "yesterday", "last week". */
const PAST_TIME: Record<string, RegExp> = {
  en: re(
    `(?:on|last|since|back on|from) ${WEEKDAY_EN}|(?:on |since )?(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH_EN}|(?:on |since )?${MONTH_EN} \\d{1,2}(?:st|nd|rd|th)?|(?:back |since |in |early |late |mid-)${MONTH_EN}|${NUM_EN} (?:days?|weeks?|months?|hours?|fridays|mondays) ago|yesterday|last (?:week|month|night)|the other day|earlier this (?:week|month)|since (?:yesterday|last \\p{L}+|\\d+)`,
  ),
  de: re(
    `(?:am|vom|seit dem|seit) \\d{1,2}\\. ?(?:${MONTH_DE}|\\d{1,2}\\.?)|(?:am|seit|letzten|vergangenen|letztem|vergangenem) ${WEEKDAY_DE}|(?:im|seit|anfang|ende|mitte) ${MONTH_DE}|vor ${NUM_DE} (?:tagen|wochen|monaten|stunden)|vor einer woche|vor einem monat|gestern|vorgestern|letzte woche|vergangene woche|letzten monat|seit (?:tagen|wochen|monaten|gestern)`,
  ),
  el: re(
    `(?:την|το|απο την|απο το|απο|thn|to|apo thn|apo) ${WEEKDAY_EL}|(?:τον|στισ|απο τον|ton|stis) (?:${MONTH_EL}|\\d{1,2})|χθεσ|χτεσ|εχθεσ|προχθεσ|xthes|xtes|exthes|πριν (?:απο )?(?:\\d+|δυο|τρεισ|τεσσερισ|πεντε|μια|ενα|μερικ\\p{L}+) (?:μερεσ|εβδομαδεσ|μηνεσ|ωρεσ|μερα|εβδομαδα|μηνα)|prin (?:apo )?\\p{L}+ (?:meres|evdomades|mhnes|mines)|την περασμενη (?:εβδομαδα|βδομαδα)|τον περασμενο μηνα`,
  ),
  sk: re(
    `(?:od|v|vo|minuly|minulu|minulej|minuleho) ${WEEKDAY_SK}|(?:od|v|uz v|koncom|zaciatkom) ${MONTH_SK}|(?:od|dna)? ?\\d{1,2}\\. ?\\d{1,2}\\.?|\\d{1,2}\\. ${MONTH_SK}|vcera|predvcerom|od vcera|pred (?:\\d+|dvoma|troma|styrmi|piatimi|tyzdnom|mesiacom|par|niekolkymi) ?(?:dnami|tyzdnami|mesiacmi|hodinami)?|minuly tyzden|minuly mesiac|minulom tyzdni`,
  ),
  no: re(
    `(?:pa|på|i|forrige|sist|siden|fra|sidan) ${WEEKDAY_NO}|(?:i|siden|sidan|i starten av|i slutten av) ${MONTH_NO}|\\d{1,2}\\. ${MONTH_NO}|for ${NUM_NO} (?:dager|dagar|uker|veker|maneder|manader|timer|timar|dag|uke|veke|maned|manad) siden|for ${NUM_NO} (?:dager|dagar|uker|veker|maneder|manader|timer|timar|dag|uke|veke|maned|manad) sidan|i gar|igar|i gaar|forrige (?:uke|veke|maned|manad)|sist (?:uke|veke)`,
  ),
};
const PAST_TIME_ZH =
  /\d{1,2}\s?月\s?\d{1,2}\s?[日号號]|上(?:个|個)?(?:周|週|星期|礼拜|禮拜|月)[一二三四五六日天]?|昨天|前天|(?:\d+|[一二三四五六七八九十两兩几幾]+)(?:天|周|週|个星期|個星期|个月|個月)(?:之|以)?前/u;

/** The customer's own contact act, per language (first person, or a verb that opens its sentence). */
const CONTACT: Record<string, RegExp> = {
  en: re(
    "(?:i|we)(?:'ve|'d| have| had)?(?: (?:already|also|first|last|previously|originally|actually))? (?:called|rang|phoned|emailed|e-mailed|mailed|wrote|written|messaged|contacted|chased|reported|complained|chatted|spoke|spoken|talked|(?:raised|opened|submitted|logged|filed|lodged) (?:a |an |my |the )?(?:ticket|complaint|case|request|report|claim|query)|sent (?:you |u )?(?:a |an |my |the |two |three |several )?(?:message|messages|email|emails|e-mail|mail|letter|dm|complaint|request|ticket|form|enquiry|inquiry))|^(?:called|rang|phoned|emailed|wrote|messaged|chatted|sent (?:you |u )?(?:a |an |my |the )?(?:message|email|e-mail|mail|letter|dm|ticket))|(?:my|our) (?:ticket|complaint|report|email|e-mail|message|request|case|call|enquiry|inquiry|chat)|ticket (?:is |has been |was )?(?:open|opened|raised|logged)",
  ),
  de: re(
    '(?:ich|wir) (?:[\\p{L}\\d.]+ ){0,9}(?:geschrieben|angeschrieben|angerufen|gemailt|gemeldet|reklamiert|kontaktiert|telefoniert|nachgefragt|beschwert|gesagt|geschickt|gesendet)|(?:ich|wir) (?:schrieb|rief|meldete|reklamierte|telefonierte)|meine(?:r|n|m)? (?:storungsmeldung|reklamation|anfrage|mail|e-mail|nachricht|beschwerde|meldung|schreiben|ticket)|mein(?:em|en)? (?:ticket|anruf|schreiben)',
  ),
  el: re(
    "(?:σασ |σ' |sas )?(?:ειχα |εχω |exw |eixa )?(?:παρει|πηρα|pira|phra|parei) (?:και )?(?:τηλεφωνο|thlefwno|tilefono)|τηλεφωνησα|εχω τηλεφωνησει|ειχα τηλεφωνησει|εστειλα|εχω στειλει|ειχα στειλει|εγραψα|εχω γραψει|ειχα γραψει|επικοινωνησα|εχω επικοινωνησει|ειχα επικοινωνησει|εκανα (?:αναφορα|παραπονο|αιτημα|καταγγελια)|ανοιξα (?:αιτημα|ticket)|thlefwnhsa|tilefonisa|esteila|estila|egrapsa|epikoinwnhsa|epikoinonisa",
  ),
  sk: re(
    '(?:som|sme) (?:vam |vas |sa )?(?:\\p{L}+ ){0,2}(?:pisal\\p{L}*|napisal\\p{L}*|volal\\p{L}*|zavolal\\p{L}*|telefonoval\\p{L}*|kontaktoval\\p{L}*|reklamoval\\p{L}*|nahlasil\\p{L}*|poslal\\p{L}*|posielal\\p{L}*|ozval\\p{L}*|stazoval\\p{L}*)|(?:pisal\\p{L}*|napisal\\p{L}*|volal\\p{L}*|zavolal\\p{L}*|telefonoval\\p{L}*|kontaktoval\\p{L}*|reklamoval\\p{L}*|nahlasil\\p{L}*|poslal\\p{L}*|posielal\\p{L}*) (?:\\p{L}+ ){0,2}(?:som|sme)|pisem|piseme|volam(?! sa)|volame|ticket|tiket|reklamaci[ua]|moja reklamacia|moj tiket',
  ),
  no: re(
    '(?:jeg|eg|vi) (?:har |hadde |ha )?(?:\\p{L}+ ){0,2}(?:sendte|sendt|skrev|skrivi|skrevet|ringte|ringt|ringde|kontaktet|kontakta|meldte|klaget|klaga|tok kontakt|tatt kontakt|snakket|snakka|chattet|purret|purra)|(?:chatten|samtalen|e-posten|eposten|mailen|henvendelsen|klagen|saken) (?:min |mi |mitt |var |vår )?(?:jeg|eg|vi) (?:hadde|sendte|skrev|sende|meldte)',
  ),
};
/** Chinese: a contact act of the customer's (no company subject right before it). */
const CONTACT_ZH =
  /(?:打过|打過|打了|打)(?:[^\s，,。]{0,6})(?:电话|電話)|(?:打过|打過)|致电|致電|联系过|聯繫過|联系了|聯繫了|投诉过|投訴過|投诉了|投訴了|反映过|反映過|反馈过|反饋過|留言|留過言|留过言|(?:提交|提)(?:了|过|過)?(?:\S{0,2})(?:工单|工單|申请|申請)|报修过|報修過|问过|問過|咨询过|諮詢過|发过邮件|發過郵件|发了邮件|發了郵件/u;
const COMPANY_SUBJECT_ZH = /(?:你们|你們|客服|他们|他們|他|她|对方|對方|师傅|師傅)(?:的\S{0,3})?\s?$/u;

/** A time clause joined by its comma: "od februára, keď som Vám písal", "since March, when I first wrote". */
const WHEN = /^[\s,]*(?:when|as|ked|als|wo|da|nar|når|οταν|otan)(?![\p{L}])/u;
/** Goods sent back, not a message sent: a parcel, a package, the item. */
const RETURNED =
  /(?<![\p{L}])(?:parcel|package|item|box|goods|product|paket|ware|δεμα|πακετο|προιον|συσκευη|dema|paketo|balik|tovar|pakken|pakka|varen|returen)(?![\p{L}])/u;

/** German ordinal dates keep their dot ("am 20. März"): a sentence ends at . only after a letter or a closing mark. */
const SENTENCE = /(?:[^.!?。！？\n]|(?<=\d)\.(?=\s?\d|\s\p{L})|\.(?=\d))+[.!?。！？]*/gu;

/** How far apart the contact act and its time may stand (characters; in Chinese, a few). */
const NEAR = 45;
const NEAR_HAN = 12;
const HAN = /\p{Script=Han}/u;

interface Span {
  start: number;
  end: number;
}

function langsFor(language: string | undefined): string[] {
  const base = language?.split('-')[0];
  if (!base || base === 'und' || base === 'zh' || !(base in CONTACT)) return base === 'zh' ? [] : Object.keys(CONTACT);
  return base === 'en' ? ['en'] : [base, 'en'];
}

function all(text: string, r: RegExp): Span[] {
  const g = new RegExp(r.source, `${r.flags.replace('g', '')}g`);
  return [...text.matchAll(g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The dated contact acts of the customer in `normalized`, as spans of it (one per sentence). */
export function datedContacts(normalized: string, language?: string): Span[] {
  const langs = langsFor(language);
  const out: Span[] = [];
  for (const s of normalized.matchAll(SENTENCE)) {
    const sentence = s[0];
    const contacts: Span[] = [];
    const times: Span[] = [];
    for (const l of langs) {
      contacts.push(...all(sentence.trimStart(), CONTACT[l] as RegExp).map((c) => shift(c, sentence.length - sentence.trimStart().length)));
      times.push(...all(sentence, PAST_TIME[l] as RegExp));
    }
    if (HAN.test(sentence)) {
      for (const c of all(sentence, CONTACT_ZH))
        if (!COMPANY_SUBJECT_ZH.test(sentence.slice(Math.max(0, c.start - 6), c.start))) contacts.push(c);
      times.push(...all(sentence, PAST_TIME_ZH));
    }
    const found = pair(sentence, contacts, times);
    if (found) out.push(shift(found, s.index));
  }
  return out;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/** The first contact act with a past time near it, in the same clause of no condition or future. */
function pair(sentence: string, contacts: Span[], times: Span[]): Span | undefined {
  if (!contacts.length || !times.length) return undefined;
  // Times in their order of finding (the first that fits wins), sorted by place so that each contact
  // looks only at the times within reach of it; clause bounds and the conditions before a place are
  // found once per sentence: a sentence of many contacts and times stays linear.
  const ordered = times.map((t, order) => ({ ...t, order })).sort((x, y) => x.start - y.start);
  const clauses = clausesOf(sentence);
  const ifEnds = [...all(sentence, CONDITION), ...all(sentence, NOT_YET)].map((m) => m.end);
  const firstIf = ifEnds.length ? Math.min(...ifEnds) : Number.POSITIVE_INFINITY;
  for (const c of contacts) {
    let best: { span: Span; order: number } | undefined;
    for (let i = firstAtOrAfter(ordered, c.start - NEAR - LONGEST_TIME); i < ordered.length; i++) {
      const t = ordered[i] as Span & { order: number };
      if (t.start > c.end + NEAR) break;
      if (best && t.order > best.order) continue;
      const from = Math.min(c.start, t.start);
      const to = Math.max(c.end, t.end);
      const gap = t.start >= c.end ? t.start - c.end : c.start >= t.end ? c.start - t.end : 0;
      const between = sentence.slice(from, to);
      // The act and its time in one clause: "Chcem podať reklamáciu, tovar som dostal včera" dates the parcel, not the claim.
      const apart = sentence.slice(Math.min(c.end, t.end), Math.max(c.start, t.start));
      if (HAN.test(between) ? gap > NEAR_HAN || /[，,；;]/.test(apart) : gap > NEAR || (/[,;:—–]/.test(apart) && !WHEN.test(apart)))
        continue;
      // A parcel sent back is no message: "Έστειλα χθες το δέμα πίσω", "I sent the parcel back on Monday".
      if (RETURNED.test(sentence.slice(c.start, Math.max(c.end, t.end) + 30))) continue;
      // A condition or a time to come anywhere before the pair ("if I have not heard by Monday …").
      if (firstIf <= from || NOT_YET.test(between)) continue;
      const span = { start: from, end: to };
      if (otherParty(clauses, span)) continue;
      best = { span, order: t.order };
    }
    if (best) return best.span;
  }
  return undefined;
}

/** The longest a past time may be (characters): times that start this far before a contact may still reach it. */
const LONGEST_TIME = 80;

function firstAtOrAfter(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds a repeat contact for each sentence where the customer dates a contact of theirs (scan.ts),
 * as evidence of the strongest repeat-contact rule, where no repeat-contact hit stands in it yet.
 */
export function addDatedContacts(result: ScanResult, compiled: CompiledPacks, normalized: string, language?: string): ScanResult {
  const strongest = compiled.strongestOf['repeat-contact'];
  if (strongest === undefined) return result;
  for (const found of datedContacts(normalized, language)) {
    const hits = result.get(strongest);
    if (hits?.some((h) => h.start < found.end && h.end > found.start)) continue;
    if (hits) hits.push(found);
    else result.set(strongest, [found]);
  }
  return result;
}
