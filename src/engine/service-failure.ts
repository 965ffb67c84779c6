import type { CompiledPacks } from './compile';
import { CONDITION, CONDITION_GREEKLISH, NOT_YET, WAIT_WELL } from './lexicon';

/** Hits per matcher, as scan.ts keeps them (declared here: scan.ts calls this module). */
type ScanResult = Map<number, { start: number; end: number }[]>;

/**
 * A customer who reports a failure of the service is complaining, whatever their words: "no call,
 * no update", "the app crashed three times", "Straumen var borte i ni timar", "网断了三天". Two
 * forms say it: an expected event negated (no / not / never / keine / δεν / ne- / ikke / 没 with
 * arriving, delivering, an answer, a call, working) and a malfunction with a count or a duration
 * ("crashed three times", "verliert alle 20 min die Verbindung"). Only in the customer's own
 * case, said as a fact: not in a question ("Why hasn't it arrived?" asks), not in a condition or
 * a hypothesis ("if I get no answer by tonight", "falls es nicht ankommt", "αν δεν έρθει"), not
 * in the future; quoted text is blanked before this step. The words found are the complaint's
 * evidence, under the strongest complaint rule. Words per language, normalised (lower case, no
 * diacritics; Norwegian ø and æ stay), read for the message's language and English.
 */

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
const words = (s: string) => new RegExp(`${L}(?:${s})${R}`, 'u');

/** An expected event negated, per language. */
const NEGATED: Record<string, RegExp> = {
  en: words(
    "(?:no|never|nothing|nobody|no one|not|still not|haven't|hasn't|didn't|wasn't|weren't|isn't|doesn't|havent|hasnt|didnt|wasnt|isnt|doesnt|has not|have not|did not|was not|is not|does not)(?: (?:been|yet|even|ever|once|a|an|any|single|one|actually|properly|really|the|my|me|us|come|got|gotten|received|heard))?(?: (?:a|an|any|single|one))? (?:arriv\\w*|deliver\\w*|came|turned up|showed up|shown up|receiv\\w*|got|gotten|work|works|working|worked|answer\\w*|repl\\w*|respon\\w*|call|calls|called|callback|update|updates|updated|refunded|fixed|sorted|collected|emptied|credited|heard|letter|email|emails|text|message|messages|word|news|contacted|booked|loaded|connected|signal|internet|power|confirmation|follow-up|technician|engineer|help|helped)",
  ),
  de: words(
    '(?:nicht|nie|niemals|kein\\p{L}*|nichts|niemand|keiner|ohne|unbeantwortet)(?: (?:mehr|ein|eine|einzig\\p{L}*|einmal|bei mir|hier|da|wirklich|richtig))?(?: (?:an|ab))? (?:angekommen|ankommt|eingetroffen|geliefert|zugestellt|erhalten|bekommen|gekommen|funktioniert|funktionierte|heizt|druckt|startet|ladt|antwort\\p{L}*|geantwortet|beantwortet|ruckruf|ruckmeldung|reaktion|gemeldet|zuruckgerufen|angerufen|erstattet|zuruckerstattet|gutgeschrieben|uberwiesen|repariert|behoben|passiert|geholfen|nachricht|info\\p{L}*|bescheid|aufgetaucht|erschienen|techniker|reply|update)|(?:funktioniert|funktionieren|funktionierte|geht|ging|kam|kommt|lauft|lief|startet|ladt|heizt|druckt|reagiert|antwortet|meldet sich|hilft)(?: \\p{L}+){0,2} (?:nicht|nie|niemand|keiner|nix|nichts)|unbeantwortet',
  ),
  el: words(
    '(?:δεν|δε|ουτε|ποτε δεν|den|dn|oute)(?: (?:εχει|εχω|εχετε|εχουν|μου|μασ|μαs|μ|ακομα|ακομη|ποτε|exei|exw|exete|mou|akoma|pote))?(?: (?:μου|mou))? (?:ηρθ\\p{L}*|ερθει|εφτασ\\p{L}*|φτασει|παραδοθηκ\\p{L}*|παρελαβα|ελαβα|πηρα|λειτουργ\\p{L}*|δουλευ\\p{L}*|απαντ\\p{L}*|ενημερ\\p{L}*|επιστραφ\\p{L}*|επεστραφ\\p{L}*|τηλεφωνησ\\p{L}*|σηκων\\p{L}*|εμφανιστ\\p{L}*|emfanist\\p{L}*|irthe|hrthe|erthei|eftase|elava|phra|pira|leitourg\\p{L}*|douleu\\p{L}*|doulev\\p{L}*|apant\\p{L}*|enhmer\\p{L}*|enimer\\p{L}*|shkwn\\p{L}*|sikon\\p{L}*)|(?:καμια|κανενα|kamia|kanena) (?:απαντηση|ενημερωση|νεο|νεα|τηλεφωνο|apanthsh|apantisi|enhmerwsh|enimerosi|neo|nea)',
  ),
  sk: words(
    '(?:neprisl\\p{L}*|nedorazil\\p{L}*|nedoruc\\p{L}*|nedostal\\p{L}*|neobdrzal\\p{L}*|nefung\\p{L}*|nejde(?! (?:(?:mi|nam|vam|mu|jej|im) )?o )|nestal\\p{L}*|neodpoved\\p{L}*|neodpisal\\p{L}*|nezavolal\\p{L}*|neozval\\p{L}*|nevratil\\p{L}*|nevratili|nereaguj\\p{L}*|nespust\\p{L}*|nenabija|neopravil\\p{L}*|nepomohl\\p{L}*)|(?:ziadn\\p{L}*|bez|nikto|nic) (?:odpoved\\p{L}*|reakci\\p{L}*|informaci\\p{L}*|sprav\\p{L}*|technik\\p{L}*|neprisiel|neprisla|neodpoveda|neodpovedal|nezavolal|nezdviha|sa neozval|sa nestalo)',
  ),
  no: words(
    '(?:ikke|ikkje|aldri|ingen|ingenting|inga|uten|utan|enda ikke|fortsatt ikke)(?: (?:har|hadde|blitt|vorte|noe|noko|et|eit|en|ein|einaste|eneste|fatt|faatt|faa|fa|aa|a)){0,3}(?: (?:et|eit|en|ein|einaste|eneste))? (?:kommet|komme|kome|kom|levert|mottatt|motteke|fatt|faatt|fungert|fungerer|virker|svar|svart|svarte|svarer|ringt|ringte|ringer|ringde|tilbakemelding|oppdatering|beskjed|refundert|tilbakebetalt|kreditert|fikset|ordnet|her|visste|veit|vet)|(?:fungerer|fungerte|virker|virket|verkar|kom|kommer|svarer|svarte|ringte|ringde|leverte|dukket opp)(?: \\p{L}+){0,2} (?:ikke|ikkje|aldri)',
  ),
};

/** Chinese: 没/沒/未 with an arrival, an answer, a visit; a verb that cannot reach its end (收不到, 打不开). */
const NEGATED_ZH =
  /(?:没|沒|未|无人|無人|没人|沒人)(?:有)?(?:人)?(?:到(?!期)|收到|送到|到货|到貨|发货|發貨|回复|回覆|回应|回應|答复|消息|通知|上门|上門|处理|處理|退|打来|联系|聯繫|解决|解決|修好|反应|反應)|(?:收|打|用|登|登录|登錄|连|連|上|开|開|充|刷|退|进|進)不(?:到|开|開|了(?!多久)|上|进|進|出|掉)/u;

/** A malfunction, per language. */
const MALFUNCTION: Record<string, RegExp> = {
  en: words(
    "crash\\w*|froze|freez\\w*|log(?:s|ged|ging)? me out|kick\\w* me out|disconnect\\w*|drop(?:s|ped|ping)? (?:out|the call|calls)|cut(?:s|ting)? out|cut off|went down|goes down|is down|was down|been down|outage|fail(?:s|ed|ing)|broke(?: down)?|charged|debited|taken|eaten|bounced|(?:it's|its|it is|it has been|has been|have been|is|are|was|were|still|keeps|kept) taking|late|waiting|waited|on hold",
  ),
  de: words(
    'absturz\\p{L}*|sturzt\\p{L}*|abgesturzt|verliert|abbruch\\p{L}*|abbruche|bricht|abgebucht|abgezogen|ausgefallen|ausfall|storung|hangt|friert|verspatet|zu spat|warte\\p{L}*|gewartet',
  ),
  el: words(
    'κολλα\\p{L}*|πεφτει|επεσε|κλεινει|κοβεται|χρεωθηκα|χρεωσατε|αργησε|περιμενω|περιμενα|kolla\\p{L}*|peftei|epese|kovetai|xrewthka|perimenw|perimena',
  ),
  sk: words('vypadok|vypadol|vypadava|padol|pada|spadla|spadol|zamrz\\p{L}*|odpaja|strhli|neskoro|meska|cakam|cakal\\p{L}*'),
  no: words(
    'borte|nede|brudd|krasj\\p{L}*|kraesj\\p{L}*|henger|faller ut|detter ut|trukket|belastet|for sent|forsinket|venter|ventet|vente',
  ),
};
/** Chinese: a malfunction with its count or duration in the same clause (断了三天, 闪退了好几次). */
const MALFUNCTION_ZH = /断了|斷了|断网|斷網|停电|停電|崩溃|崩潰|闪退|閃退|卡死|掉线|掉線|扣了|等了/u;
const COUNT_ZH = /[\d一二三四五六七八九十两兩几幾好多]+(?:个|個)?(?:次|遍|回|分钟|分鐘|小时|小時|天|星期|周|週|个月|個月|月)/u;

/** A count or a duration, per language (English's are read in every language beside the own). */
const COUNT: Record<string, RegExp> = {
  en: words(
    '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many) times|twice|every (?:\\d+|few|couple of) \\p{L}+|(?:for|since|in) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|over a|several) (?:min\\p{L}*|hours?|days?|weeks?|months?)|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:min\\p{L}*|hours?|days?|weeks?|months?)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|\\d+)',
  ),
  de: words(
    '(?:\\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehrere|einige) (?:mal|min\\p{L}*|stunden|tage\\p{L}*|wochen|monate\\p{L}*)|zweimal|dreimal|viermal|mehrmals|doppelt\\p{L}*|alle (?:\\d+|paar) \\p{L}+|standig|seit \\p{L}+',
  ),
  el: words(
    '(?:\\d+|δυο|τρεισ|τεσσερισ|πεντε|dyo|treis|tesseris|pente) (?:φορεσ|ωρεσ|μερεσ|εβδομαδεσ|μηνεσ|fores|wres|meres|evdomades|mhnes|mines)|δυο φορεσ|συνεχεια|sunexeia|synexeia|εδω και \\p{L}+',
  ),
  sk: words(
    '(?:dva|tri|styri|pat|sest|\\d+) ?krat|(?:\\d+|dva|dve|tri|styri|pat) (?:razy|hodin\\p{L}*|dni|dn\\p{L}*|tyzd\\p{L}*|mesiac\\p{L}*|minut\\p{L}*)|dvakrat|trikrat|opakovane|neustale|uz mesiac|mesiac|tyzden',
  ),
  no: words(
    '(?:\\d+|to|tre|fire|fem|seks|sju|atte|ni|ti|ein|en|et|eit) (?:ganger|gonger|timer|timar|dager|dagar|uker|veker|maneder|manader|uke|veke|time)|to ganger|dobbelt|hele tiden|heile tida|siden \\p{L}+',
  ),
};

/** Relief before the words: "Zum Glück ist nichts passiert", "Našťastie sa nič nestalo". */
const RELIEF =
  /(?<![\p{L}])(?:fortunately|luckily|thankfully|zum gluck|glucklicherweise|gott sei dank|nastastie|heldigvis|ευτυχωσ|eytyxws|eftyxws)(?![\p{L}])|幸好|幸亏|幸虧|还好|還好/u;
/** "No harm done" as a clause of its own ("Nič sa nestalo, ďakujem"): a reassurance, not a report. */
const NO_HARM = /^(?:nic sa nestalo|nichts passiert|ist nichts passiert|es ist nichts passiert)$/u;
/** A Norwegian first-person subject right before the negation. */
const FIRST_PERSON_NO = /(?:^|\s)(?:jeg|eg|vi)(?:\s+\p{L}+){0,2}\s*$/u;
/** A negated request ("Please do not call me after 6 pm"): "do" or "please" right before the negation. */
const REQUEST_BEFORE = /(?:^|[\s])(?:please|pls|kindly|do)\s*$/u;

/** A failure that opens with its verb (German, Norwegian): at a sentence's start, a condition. */
const VERB_FIRST =
  /^(?:funktion\p{L}*|geht|ging|kam|kommt|lauft|lief|startet|ladt|heizt|druckt|reagiert|antwortet|meldet|hilft|fungerer|fungerte|virker|virket|verkar|kom|kommer|svarer|svarte|ringte|ringde|leverte|dukket)(?![\p{L}])/u;

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/g;
const CLAUSE = /[^,;:—–，；：]+/g;
const HAN = /\p{Script=Han}/u;
/** How far apart a malfunction and its count may stand (characters; in Chinese, a few). */
const NEAR = 40;
const NEAR_HAN = 8;

interface Span {
  start: number;
  end: number;
}

function own(language: string | undefined): string[] {
  const base = language?.split('-')[0];
  if (!base || base === 'und' || !(base in NEGATED)) return base === 'zh' ? ['en'] : Object.keys(NEGATED);
  return base === 'en' ? ['en'] : [base, 'en'];
}

/** The failures a customer reports in `normalized`: spans of it. */
export function serviceFailures(normalized: string, language?: string): Span[] {
  const langs = own(language);
  const greek = language?.startsWith('el') ?? false;
  const out: Span[] = [];
  for (const s of normalized.matchAll(SENTENCE)) {
    // A question asks; it reports nothing ("Why hasn't it arrived?").
    if (/[?？]/.test(s[0])) continue;
    for (const c of s[0].matchAll(CLAUSE)) {
      const clause = c[0];
      const at = s.index + c.index;
      const found = failureIn(clause, langs);
      if (!found) continue;
      const before = clause.slice(0, found.start);
      const earlier = s[0].slice(0, c.index);
      if (CONDITION.test(before) || NOT_YET.test(before) || CONDITION.test(earlier)) continue;
      if (WAIT_WELL.test(found.text ? clause : s[0]) || RELIEF.test(earlier + before) || NO_HARM.test(clause.trim())) continue;
      if (/^(?:not|never) /u.test(found.text) && REQUEST_BEFORE.test(before)) continue;
      // "Pakken er ikkje her" reports; "Jeg er ikke her i morgen", "Jeg bor ikke her lenger" say where the customer is.
      if (/ her$/u.test(found.text) && FIRST_PERSON_NO.test(before)) continue;
      if (greek && (CONDITION_GREEKLISH.test(before) || CONDITION_GREEKLISH.test(earlier))) continue;
      // A sentence that opens with the verb and goes on is a condition ("Kommt das Paket nicht, storniere ich").
      if (c.index + found.start === s[0].search(/\S/) && VERB_FIRST.test(found.text) && c.index + clause.length < s[0].trimEnd().length - 1)
        continue;
      out.push({ start: at + found.start, end: at + found.end });
    }
  }
  return out;
}

/** The first failure in a clause, as a span of it. */
function failureIn(clause: string, langs: string[]): (Span & { text: string }) | undefined {
  for (const lang of langs) {
    const m = (NEGATED[lang] as RegExp).exec(clause);
    if (m) return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  if (HAN.test(clause)) {
    const m = NEGATED_ZH.exec(clause);
    if (m) return { start: m.index, end: m.index + m[0].length, text: m[0] };
    const f = MALFUNCTION_ZH.exec(clause);
    const n = f && COUNT_ZH.exec(clause);
    if (f && n && Math.abs(n.index - (f.index + f[0].length)) <= NEAR_HAN)
      return { start: Math.min(f.index, n.index), end: Math.max(f.index + f[0].length, n.index + n[0].length), text: '' };
  }
  for (const lang of langs) {
    const f = (MALFUNCTION[lang] as RegExp).exec(clause);
    if (!f) continue;
    for (const cl of langs) {
      const n = (COUNT[cl] as RegExp).exec(clause);
      if (!n) continue;
      const gap = n.index >= f.index + f[0].length ? n.index - f.index - f[0].length : f.index - n.index - n[0].length;
      if (gap <= NEAR) return { start: Math.min(f.index, n.index), end: Math.max(f.index + f[0].length, n.index + n[0].length), text: '' };
    }
  }
  return undefined;
}

/**
 * Adds each reported failure to a customer message's hits (scan.ts) as evidence of the strongest
 * complaint rule. Returns the hits, or null when there are none.
 */
export function addServiceFailures(
  result: ScanResult | null,
  compiled: CompiledPacks,
  normalized: string,
  language?: string,
): ScanResult | null {
  const found = serviceFailures(normalized, language);
  if (!found.length) return result;
  const complaint = compiled.strongestOf.complaint;
  if (complaint === undefined) return result;
  const out: ScanResult = result ?? new Map();
  const hits = out.get(complaint) ?? [];
  for (const f of found) if (!hits.some((h) => h.start < f.end && f.start < h.end)) hits.push(f);
  out.set(complaint, hits);
  return out;
}
