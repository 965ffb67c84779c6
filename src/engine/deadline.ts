import { MINUTE_WORDS, ORDINALS, wordsOf } from './deadline-numbers';
import { DEADLINE_WORDS, type DeadlineWords } from './deadline-words';
import { unicodeWords } from './time-words';
import {
  addDays,
  addWorkingTime,
  atMinutes,
  DAY,
  dayStart,
  easterSunday,
  HOUR,
  isoMonday,
  isWorkday,
  lastWorkdayOf,
  MINUTE,
  nextDayOfMonthOn,
  STANDARD_WORKING_TIME,
  type WorkingTime,
  workdayFrom,
  workdaysAfter,
} from './working-calendar';
import { US_ZONES, ZONES, zhZone, zoneOffset } from './deadline-zones';

/**
 * The deadline a sentence names, read by one grammar for every language from the words in
 * deadline-words.ts: a day (a date with or without a month name, a numeric date in the locale's
 * order, today / tomorrow, a weekday, this or next week, the end of a week or month, N working
 * days), a time of that day (a clock time in any local form, a half or quarter hour, a part of
 * the day) or a span from now ("within 2 hours", "om en halv time", "两天内").
 *
 * Rules that hold in every language (README, "Promises kept"):
 * - a day with no time is due at the end of the team's working day; a part of the day at its hour;
 * - a weekday is the next one to come: said on a Tuesday, "by Tuesday" is next week's; "next
 *   Tuesday" is the one of next week (the week after this one), as Duckling reads it;
 * - a clock hour from 1 to 7 with no am/pm or part of the day is the afternoon's ("at 3"); any
 *   other is the next time the clock shows it;
 * - a date with no year is its next occurrence;
 * - "N working days", "end of business" and "first thing" count in the team's working days and hours;
 * - a phrase that points back ("last Sunday", "vor 2 Tagen", "i går") is no deadline at all.
 * Calendar arithmetic runs on the local clock (Date's local methods): the service worker's, or a
 * script's set to the writer's wall time.
 */
export interface Deadline {
  due: number;
  start: number;
  end: number;
}

export interface ReadOptions {
  work?: WorkingTime;
  /** The writer's offset from UTC in minutes, for "8:00 GMT"; the local clock's when not given. */
  offset?: number;
}

/** A date without a year at most a month gone is the one gone, not next year's. */
const RECENT_PAST_DAYS = 31;
/** Lower case, accents dropped, one UTF-16 unit for one, so offsets stay those of the text. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    if (c.length !== 1) {
      out += c;
      continue;
    }
    // Full-width digits and slash ("３月１５日", "２/２２"), as CJK input methods type them.
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) {
      out += String.fromCharCode(code - 0xfee0);
      continue;
    }
    if (c === '／') {
      out += '/';
      continue;
    }
    const lower = c.toLowerCase();
    const base = lower.length === 1 ? (lower.normalize('NFD')[0] ?? lower) : c;
    out += base === 'ς' ? 'σ' : base;
  }
  return out;
}

interface Grammar {
  w: DeadlineWords;
  past: RegExp;
  nextWorkday: RegExp;
  workdays: RegExp;
  workhours: RegExp;
  openingHours: RegExp;
  endOfBusiness: RegExp;
  firstThing: RegExp;
  span: RegExp;
  spanAfter?: RegExp;
  halfSpan: RegExp;
  fraction: RegExp;
  nameDate: RegExp;
  nameDateMonthFirst: RegExp;
  isoDate: RegExp;
  numDate: RegExp;
  dayAfter: RegExp;
  tomorrow: RegExp;
  today: RegExp;
  weekday: RegExp;
  weekdayTail: RegExp;
  week: RegExp;
  month: RegExp;
  monthAlone: RegExp;
  clock: RegExp[];
  dayOfMonth: RegExp;
  dayAlone: RegExp;
  nthWeekday: RegExp;
  /** "the last day of the month", "τελευταία εργάσιμη του Μαρτίου", "den vorletzten Tag des Monats". */
  nthDay: RegExp;
  /** "the 15th of the month", "στις 15 του μηνός": the next day of that number. */
  dayOfThisMonth: RegExp;
  zhDate: RegExp;
  /** "uke 9", "KW 12", "týždeň 10": an ISO week by its number. */
  isoWeek: RegExp;
  /** "the last day of March", "siste dag i måneden", "månedens siste dag". */
  lastDay: RegExp;
  /** "3月的第一个周一", "本月最后一个周五", "下个月的最后一天". */
  zhNthOfMonth: RegExp;
  afterWeekend?: RegExp;
  /** "the last week of September", "erste Woche im Oktober", "πρώτη βδομάδα του Οκτώβρη". */
  nthWeek: RegExp;
  /** "during the week", "im Laufe des Monats": the end of this week or month. */
  during?: RegExp;
  /** "a week from today", "3 Tage ab heute", "2 dager fra nå". */
  spanFrom: RegExp;
  /** English: "a week from Friday", "two days after tomorrow", "Friday week", "the month after next", "4 Tuesdays from now", "Christmas Day". */
  fromDay?: RegExp;
  /** "… and 20 minutes" after a span of hours ("in one hour and twenty minutes", "σε μία ώρα και είκοσι λεπτά"). */
  spanMinutes: RegExp;
  weekend?: RegExp;
  /** "bis Quartalsende", "bis Jahresende": the last working day of the quarter or year. */
  periodEnd?: RegExp;
  /** "am Wochenende": its Saturday. */
  onWeekend?: RegExp;
  /** Named days: a fixed date (month, day), or days from Easter Sunday (month 0). */
  holidays: [RegExp, number, number][];
  parts: [RegExp, number, boolean][];
  zone: RegExp;
  /** A place's time after a clock ("ώρα Ελλάδας"): which of w.zoneNames matched. */
  zoneName?: RegExp;
  /** An ordinal day word before a month name ("tredje mars", "τρίτη Μάρτη", "dritter Tag im Oktober") or after one ("May fifth"). */
  ordinalBefore?: RegExp;
  ordinalAfter?: RegExp;
  /** "beginning of next week", "mid March", "Anfang nächsten Monats", "3月中旬". */
  phase?: RegExp;
  /** English: "the end of the year", "end of Q1", "end of next quarter". */
  yearEnd?: RegExp;
  /** English: "the closest Monday to Oct 5th", "the second nearest Friday to the 20th". */
  closest?: RegExp;
}

/** Chinese numbers to 99 (二十, 十五, 三十一). */
const CN = '[一二三四五六七八九]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二两兩三四五六七八九]';
/** A year written digit by digit in Chinese numerals (二零一五): its digits. */
const CN_YEAR_DIGITS = '〇零一二三四五六七八九';
const cnYear = (s: string) => (/^\d+$/.test(s) ? s : [...s].map((c) => CN_YEAR_DIGITS.indexOf(c) - (c === '〇' ? 0 : 1)).join(''));
function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  // 廿 twenty and 卅 thirty, as dates are often written (廿五号).
  if (/^[廿卅]/.test(s)) return (s[0] === '廿' ? 20 : 30) + (s.length > 1 ? (cnNumber(s.slice(1)) ?? 0) : 0);
  const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const m = /^([一二三四五六七八九])?(十)?([一二两兩三四五六七八九])?$/u.exec(s);
  if (!m || !s) return undefined;
  if (!m[2]) return digits[m[1] ?? m[3] ?? ''];
  return (m[1] ? (digits[m[1]] ?? 0) : 1) * 10 + (m[3] ? (digits[m[3]] ?? 0) : 0);
}

const DE_DAY_PARTS = 'vormittag|nachmittag|abend|morgen|mittag|nacht';
/** "During the week / month" in each language: the week or month's group names "week" or "month". */
const DURING: Record<string, string> = {
  en: '(?:during|in the course of|over|later)\\s+(?:the|this)\\s+(?:(?<week>week)|(?<month>month))',
  de: 'im laufe (?:der|dieser|des|diese[sn]) (?:(?<week>woche)|(?<month>monat)\\S*(?!\\S)(?!\\s+(?:jan|feb|mae?r|apr|mai|jun|jul|aug|sep|okt|nov|dez)))',
  el: '(?:μεσα (?:στην|στη|σ αυτη την|σε αυτη την)|εντος (?:της|αυτης της)) (?:(?<week>(?:ε)?βδομαδ\\S*))|(?:μεσα (?:στον|σ αυτον τον|σε αυτον τον)|εντος (?:του|αυτου του)) (?<month>μην\\S*)',
  // not "i løpet av uke 12", a week by its number
  no: 'i løpet av (?:denne )?(?:(?<week>uk(?:a|en|e))(?!\\s{0,3}\\d)|(?<month>maned(?:en)?))|senere denne (?<week2>uka|uken)',
};
/** The nth or last of a kind in a month: "second Tuesday of April", "am dritten Mittwoch im März", "1. Montag", "letzten Werktag des Monats". */
const NTH =
  'first|second|third|fourth|fifth|last|[1-5](?:st|nd|rd|th)|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|funfte[nmrs]?|letzte[nmrs]?|[1-5]\\.|første|forste|andre|tredje|fjerde|femte|siste|πρωτη|δευτερη|τριτη|τεταρτη|πεμπτη|τελευταια';
const nthOf = (o: string) =>
  /^(last|letzte|siste|τελευταια)/.test(o)
    ? -1
    : /^\d/.test(o)
      ? Number(o[0])
      : 1 +
        [
          '(first|erste|første|forste|πρωτη)',
          '(second|zweite|andre|δευτερη)',
          '(third|dritte|tredje|τριτη)',
          '(fourth|vierte|fjerde|τεταρτη)',
          '(fifth|funfte|femte|πεμπτη)',
        ].findIndex((p) => new RegExp(`^${p}`).test(o));
/** First, last or second to last before a day of a month. */
const NTH_DAY =
  'first|last|second[- ]to[- ]last|penultimate|erste[nmrs]?|letzte[nmrs]?|vorletzte[nmrs]?|første|siste|nest siste|πρωτη|τελευταια|προτελευταια';
const WORKDAY_WORDS =
  '(?:business|working|work) day|werktag\\S*|arbeitstag\\S*|geschaftstag\\S*|virkedag(?:en)?|arbeidsdag(?:en)?|εργασιμη(?:\\s+(?:η)?μερα)?';
/** "The week / month / Friday after next" said in one word. */
const AFTER_NEXT = /^(μεθεπομεν)/u;
const FROM_NOW = 'from (?:now|today)|ab (?:heute|jetzt)|απο (?:τωρα|σημερα)|fra (?:na|i dag)|od (?:dnes|teraz)';
/** The "from now" of a span that names the moment rather than the day (matched on folded text). */
const FROM_THIS_MOMENT = /(?:now|jetzt|τωρα|fra na|teraz)$/u;
const re = (source: string) => unicodeWords(new RegExp(source.replaceAll('ς', 'σ'), 'giu'));
const alt = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('|');
const cache = new Map<string, Grammar>();

function grammar(lang: string): Grammar | undefined {
  const cached = cache.get(lang);
  if (cached) return cached;
  const w = DEADLINE_WORDS[lang];
  if (!w) return undefined;
  const zh = lang === 'zh';
  const b = zh ? '' : '\\b';
  // Clock hours in words: not "a" / "an" ("at a quarter…" is no hour).
  const hourWords = Object.keys(w.numbers)
    .filter((k) => !['a', 'an'].includes(k))
    .sort((x, y) => y.length - x.length)
    .join('|');
  // Counts in words beyond the hours ("twenty-four hours", "vierundzwanzig Stunden"), with the digits after them ("three (3)
  // working days"); a range counts to its end ("3-5 days", "2 to 3 weeks"); a half in digits ("2,5 timer") or a fraction
  // word ("anderthalb").
  const countWords = [...new Set([...Object.keys(w.numbers), ...Object.keys(w.counts ?? {}), ...Object.keys(MINUTE_WORDS[lang] ?? {})])]
    .sort((x, y) => y.length - x.length)
    .join('|');
  const count = `(?:\\d{1,3}\\s*[-–]\\s*(?=\\d)${lang === 'en' ? `|(?:\\d{1,3}|${countWords})\\s+(?:to|or)\\s+` : ''})?(?<n>\\d{1,3}(?:[.,]5(?!\\d))?|${zh ? `${CN}|(?<![\\d一二两兩三四五六七八九十几幾])(?=[個个]半[钟鐘小])|` : ''}${w.fractions ? `${w.fractions}|` : ''}${countWords}${w.few ? `|${w.few}` : ''})(?:\\s*\\(\\d{1,3}\\))?`;
  const units = `(?<u>${alt(w.units.workday, w.units.minute, w.units.hour, w.units.day, w.units.week, w.units.month, w.units.year)})`;
  // "two and a half hours", "a day and a half", "a day or two" (its end).
  const unitsHalfOrMore =
    lang === 'en' ? `(?:(?<h1>and a half)\\s+)?${units}(?:\\s+(?<h2>and a half)|\\s+or\\s+(?<n2>\\d{1,3}|${countWords}))?` : units;
  const months = w.months.length ? `(?<mon>${w.months.map((m) => `(?:${m})[\\p{L}]*`).join('|')})\\.?` : '(?<mon>(?!))';
  const weekdays = `(?<wd>${w.weekdays.map((d) => `(?:${d})`).join('|')})`;
  const hour = `(\\d{1,2}|${hourWords})`;
  const monthsPlain = w.months.length ? `(?:${w.months.map((m) => `(?:${m})[\\p{L}]*`).join('|')})\\.?` : '(?!)';
  const ordinals = wordsOf(ORDINALS[lang]);
  const dayOf = '(?:(?:day|tag|dag|ημερα|ημερασ|den|dna)\\s+)?(?:(?:of|im|des|i|του|τησ|the)\\s+)*';
  const g: Grammar = {
    w,
    // … or before "of the (next) month" ("the first of the month", "την πρώτη του επόμενου μήνα").
    ordinalBefore: ordinals
      ? re(
          `${b}(?<o>${ordinals})\\p{L}{0,4}(?=\\s+${dayOf}${monthsPlain}(?![\\p{L}])|\\s+(?:of the|des|του|τησ)\\s+(?:(?:${w.next})\\s+)?(?:${w.month}))`,
        )
      : undefined,
    ordinalAfter: ordinals ? re(`(?<=${b}${monthsPlain}\\s{1,3}(?:the\\s{1,3})?)(?<o>${ordinals})\\p{L}{0,4}(?![\\p{L}])`) : undefined,
    past: re(`${b}(${w.past})${b}`),
    nextWorkday: re(`${b}(${w.nextWorkday})`),
    workdays: re(`(?:${zh ? '' : `(?:${w.within})\\s*`})${count}\\s*(${w.units.workday})\\S{0,20}(?:\\s*(${w.withinAfter ?? '(?!)'}))?`),
    workhours: re(`(?:${zh ? '' : `(?:${w.within})\\s*`})${count}\\s*(${w.units.workhour})\\S{0,20}(?:\\s*(${w.withinAfter ?? '(?!)'}))?`),
    openingHours: re(`${b}(${w.openingHours})`),
    endOfBusiness: re(`${b}(${w.endOfBusiness})`),
    firstThing: re(`${b}(${w.firstThing})`),
    span: re(
      `${b}(?:${w.within})\\s*(?:(?:the|die|den|der|de|οι|τις|τα)\\s+)?(?:(?:next|nachsten|kommenden|επομενες|neste|najblizsich)\\s+)?(?:${count}\\s*)?${unitsHalfOrMore}(?!\\S{0,20}\\s+(?:past|after|to|till|before|nach|vor|over|pa|μετα|πριν)\\s+(?:\\d|noon))(?!(?<=uk[ea]|woche|week)\\s{0,3}\\d)`,
    ),
    spanAfter: w.withinAfter ? re(`${count}\\s*${units}\\s*(${w.withinAfter})`) : undefined,
    halfSpan: re(
      `(?:(?:${w.within})\\s*)?(?:(?:about|around|ungefahr|etwa|περιπου|cirka|ca\\.?|okolo)\\s+)?(?<!\\band (?:a )?)${b}(${w.halfUnit ?? '(?!)'})\\s*(${w.withinAfter ?? ''})`,
    ),
    fraction: re(
      `${zh ? '(?<f0>四分之[一三])(?:个|個)?(?:小时|小時|钟头|鐘頭|鐘|钟)(?:[之以]?[后後内內])?|' : ''}${b}(?:${w.within})\\s*(?<f>1/4|3/4|τρια τεταρτα|ενα τεταρτο|three[- ]quarters of an|a quarter of an|tre kvarter|et kvarter|en kvart|ein viertel|eine viertel|einer viertel|drei viertel|dreiviertel|stvrt ?hodin\\S{0,20})\\s*(${w.units.hour})?`,
    ),
    nameDate: re(
      `${b}(?<d>\\d{1,2})(?:\\.|η|ης|ην|st|nd|rd|th|te[nr]?)?\\s*${dayOf}${months}(?:\\s*,?\\s*(?<y>\\d{4}|'?\\d{2}(?![\\d:]|\\.\\d))(?!\\s*(?:[:.]\\d|${w.hourWord ?? '(?!)'})))?`,
    ),
    nameDateMonthFirst: re(`${b}${months}\\s*(?<d>\\d{1,2})(?:st|nd|rd|th|\\.)?(?![\\d:])(?:\\s*,?\\s*(?<y>\\d{4}))?`),
    isoDate: re(`${b}(?<![\\d/])(\\d{4}${zh ? '|1\\d\\d' : ''})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)`),
    numDate: re(`${b}(\\d{1,2})\\s*([./-])\\s*(\\d{1,2})(?:(?:\\2\\s*(\\d{4}|\\d{2}))(?!\\d)|(\\.)(?!\\d)|(?![\\d.:]))`),
    dayAfter: re(`${b}(${w.dayAfter})${b}`),
    tomorrow: re(`${b}(${w.tomorrow})${b}`),
    today: re(`${b}(${w.today})${b}`),
    weekday: re(
      `(?:${b}(?<mod>${w.next}|${w.this})\\s*(?:(?:${w.week})${zh ? '' : '\\S{0,20}'}\\s*)?)?${b}${weekdays}${zh ? '' : lang === 'de' ? `(?!(?!${DE_DAY_PARTS})[\\p{L}])\\.?` : '(?![\\p{L}])\\.?'}`,
    ),
    weekdayTail: re(`^\\S{0,20}\\s*(?:,\\s*)?(?:of |της |i |in |der |)?(?<mod>${w.next}|${w.this})\\s*(?:${w.week})`),
    week: re(
      `(?:(?:${w.endOf})\\s*)?(?:${b}(?<mod>${w.afterNext ? `${w.afterNext}|` : ''}${w.next}|${w.this})\\s*)(?:${w.week})\\S{0,20}(?:\\s*(?:${w.endOf}))?|${b}(?:${w.endOf})\\s*(?:der |του |tohto |of )?(?:${w.week})\\S{0,20}${lang === 'en' ? '|\\beow\\b' : ''}`,
    ),
    month: re(
      `${w.monthEnd ? `${b}(?:${w.monthEnd})${b}|` : ''}(?:(?:${w.endOf})\\s*)?(?:${b}(?<mod>${w.next}|${w.this})\\s*)(?:${w.month})\\S{0,20}(?:\\s*(?:${w.endOf}))?|${b}(?:${w.endOf})\\s*(?:the |der |des |του |tohto )?(?:${w.month})\\S{0,20}${lang === 'en' ? '|\\beom\\b|\\bmonth[- ]end\\b' : ''}`,
    ),
    periodEnd: w.quarterEnd || w.yearEnd ? re(`${b}(?:(?<q>${w.quarterEnd ?? '(?!)'})|(?<y>${w.yearEnd ?? '(?!)'}))${b}`) : undefined,
    onWeekend: w.onWeekend ? re(`${b}(?:${w.onWeekend})${b}`) : undefined,
    holidays: (w.holidays ?? []).map(([p, m, d]) => [re(`${b}(?:${p})${b}`), m, d]),
    monthAlone: zh
      ? re(
          `(?<![\\d一二三四五六七八九十廿卅个個两兩几幾上下本这這])(?<next>明年)?(?<mo>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\\d一二三四五六七八九十廿卅]|[底末尾初中旬头頭]|的?第|的?最|[内內后後前])`,
        )
      : re(
          `(?:${b}(?:${w.endOf})\\s*|${b}(?:in|by|until|during|im|bis|v|vo|i|innen|i løpet av|ila|τον|μεσα στον|εως τον|im laufe des monats|des monats)\\s+)${months}(?![\\p{L}\\d])(?:\\s+(?:of\\s+|του\\s+)?(?<y>\\d{4})(?![\\d:]|\\.\\d))?`,
        ),
    closest:
      lang === 'en'
        ? re(`${b}(?:the\\s+)?(?:(?<k>second|third|2nd|3rd)\\s+)?(?:closest|nearest)\\s+${weekdays}(?![\\p{L}])\\.?\\s+to${b}`)
        : undefined,
    yearEnd:
      lang === 'en'
        ? re(
            `${b}(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?:(?<next>next\\s+)?year|(?<y>\\d{4})|(?:q|quarter\\s*)(?<q>[1-4])|(?<nq>next\\s+)?quarter)(?![\\p{L}\\d])`,
          )
        : undefined,
    clock: [],
    dayOfMonth: zh
      ? re(`(?<mod>${w.next}|${w.this}|今)(?:个|個)?月(?<d>\\d{1,2}|${CN})(?:号|號|日)`)
      : re(
          `${b}(?:the\\s+|am\\s+|den\\s+|zum\\s+)?(?<d>\\d{1,2}|ersten|first)(?:st|nd|rd|th|te[nr]?|ησ|ην|η|\\.)?\\s*(?:day\\s+)?(?:of\\s+(?:the\\s+)?|des\\s+|im\\s+|i\\s+|του\\s+|τησ\\s+)?(?<mod>${w.next}|${w.this})\\s*(?:${w.month})`,
        ),
    dayAlone: zh
      ? re(`(?<![月\\d一二三四五六七八九十])(?<d>\\d{1,2}|${CN})(?:号|號)|(?<=[在于於])(?<d2>\\d{1,2})日(?=之?前|以前)`)
      : lang === 'en'
        ? // "on the 3rd", "by the twenty-first"; not an ordinal of a thing ("the first part", "the 2nd batch").
          re(
            `${b}the\\s+(?:(?<d>\\d{1,2})(?:st|nd|rd|th)|(?<ow>${ordinals}))(?![\\d\\p{L}-])(?!\\s+(?!(?:of|at|by|in|on|and|or|before|after|until|till|from|to|latest|morning|afternoon|evening|night|noon|midday|if|so|when|as|please|we|i|you|then|between)\\b)\\p{L})`,
          )
        : re(
            `${b}(?:the|am|den|zum)\\s+(?<d>\\d{1,2})(?:st|nd|rd|th|ten|te|\\.)(?![\\d\\p{L}])|${b}the (?<first>first)${b}|${b}(?:am|zum) (?<first2>ersten)${b}(?!\\s+(?:${w.units.day}|${w.units.week}|${w.units.month}|\\p{L}+e[nmrs]?\\b))`,
          ),
    // "the fourth Wednesday of March", "am zweiten Dienstag im April", "den tredje onsdagen i april", "the last working day
    // of the month", counted from the end in English: "the second last Friday of May", "the fifth last day of May".
    nthWeekday: re(
      `${b}(?<o>${NTH})\\s+(?<fromEnd>last\\s+)?(?:${weekdays}(?:en|e|s|ν)?|(?<wk>${w.units.workday})\\S{0,20}|(?<any>day))\\s+(?:of|in|im|i|des|του|της)\\s+(?:${months}(?:\\s+(?:του\\s+)?(?<y>\\d{4}))?|(?:(?:the|dieses)\\s+)?(?:(?<mod>${w.next}|${w.this})\\s+)?(?<month>${w.month})\\S{0,20})`,
    ),
    nthDay: re(
      `${b}(?<o>${NTH_DAY})\\s+(?:(?<work>${WORKDAY_WORDS})|(?:day|tag|dag(?:en)?|(?:η)?μερα))\\s+(?:(?:of|in|im|des|i|του|τησ|the)\\s+)*(?:(?<mod>${w.next})\\s*)?(?:(?<month>${w.month})\\S{0,20}|${months})(?:\\s+(?:του\\s+)?(?<y>\\d{4}))?`,
    ),
    dayOfThisMonth: re(`${b}(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th|η|ησ|ην|\\.)?\\s+(?:of the|des|του|τησ)\\s+(?:${w.month})\\S{0,20}`),
    phase:
      w.begin && w.mid
        ? re(
            `${b}(?:(?<begin>${w.begin})|(?<mid>${w.mid})${w.late ? `|(?<end>${w.late})` : ''})\\s*(?:(?<mod>${w.afterNext ? `${w.afterNext}|` : ''}${w.next}|${w.this})\\s*)?(?:(?<week>${w.week})\\S{0,20}|(?<month>${w.month})\\S{0,20}|${months}(?:\\s+(?<y>\\d{4}))?)(?![\\p{L}])`,
          )
        : lang === 'zh'
          ? re(
              `(?:(?<mod>${w.next}|${w.this})?(?:(?<week>周|週|星期|礼拜|禮拜)(?!末)|(?:(?<mo>\\d{1,2}|${CN})|(?<month>(?:个|個)?))月))(?:(?<begin>初|上旬|头|頭)|(?<mid>中旬|中)|(?<end>底|末|尾|下旬))`,
            )
          : undefined,
    weekend: w.weekend ? re(`${b}(?:${w.weekend})`) : undefined,
    nthWeek: re(
      `${b}(?<o>${NTH})\\s+(?:week|woche|uk(?:a|e|en)|(?:ε)?βδομαδα)\\S{0,20}\\s+(?:of|in|im|i|του|της)\\s+${months}(?:\\s+(?:του\\s+)?(?<y>\\d{4}))?`,
    ),
    afterWeekend: w.afterWeekend ? re(`${b}(?:${w.afterWeekend})`) : undefined,
    isoWeek: re(
      `${b}(?:i\\s+|in\\s+|in der\\s+|v\\s+)?(?:uke|uka|veke|kw|kalenderwoche|woche|week|wk|tyzdn\\S{0,20}|tyzden)\\.?\\s*(?<n>\\d{1,2})(?!\\d)`,
    ),
    lastDay: re(
      `${b}(?:the\\s+|den\\s+|am\\s+|την\\s+)?(?:last|letzten?|siste|τελευταια|posledn\\S{0,20})\\s+(?:day|tag|dag(?:en)?|(?:η)?μερα|den|dni|dna)\\s+(?:of\\s+|des\\s+|im\\s+|i\\s+|του\\s+|v\\s+)?(?:the\\s+|this\\s+)?(?:(?<cur>month|monats|maneden|μηνα|mesiaca)|${months})|${b}manedens siste dag`,
    ),
    zhNthOfMonth: re(
      `(?:(?:(?<y>明年|今年))?(?<mo>\\d{1,2}|${CN})月|(?<mod>本|这个|這個|下(?:个|個)?)月)(?:的)?(?:第(?<o>[一二三四五1-5])(?:个|個)|(?<last>最后一个|最後一個|最后|最後))(?:(?<wd>(?:周|週|星期|礼拜|禮拜)(?:[一二三四五六日天1-7]))|(?<workday>工作日)|(?<day>一?天))`,
    ),
    zhDate: re(`(?:(?<y>\\d{4}|[〇零一二三四五六七八九]{4})年)?(?<mo>\\d{1,2}|${CN})月(?<d>\\d{1,2}|${CN})(?:日|号|號)`),
    // German writes a weekday and its part as one word: "Freitagvormittag", "Montagabend".
    parts: w.parts.map(([p, h, pm]) => [re(`${lang === 'de' ? '(?:\\b|(?<=tag|woch))' : b}(${p})${b}`), h, pm]),
    during: DURING[lang] ? re(`${b}(?:${DURING[lang]})`) : undefined,
    spanFrom: re(`${b}${count}\\s*${units}\\S{0,20}\\s+(?:${FROM_NOW})`),
    fromDay:
      lang === 'en'
        ? re(
            `${b}(?:${count}\\s+(?<u>days?|weeks?|fortnights?)\\s+(?:from|after|on)\\s+(?:(?<mod>${w.next}|${w.this})\\s+)?(?:${weekdays}(?![\\p{L}])|(?<tomorrow>${w.tomorrow})\\b)|${weekdays.replace('<wd>', '<wd2>')}\\s+(?<wk2>week|fortnight)\\b(?!\\s*(?:of|\\d))|(?:the\\s+)?(?<period>month|week)\\s+after\\s+next|${count.replace('<n>', '<n3>')}\\s+${weekdays.replace('<wd>', '<wd3>')}s?\\s+(?:from\\s+(?:now|today)|away)|${b}(?<holiday>${Object.keys(EN_HOLIDAYS).join('|')})${b})`,
          )
        : lang === 'no'
          ? // "fredag om en uke", "onsdag om to uker": that weekday, a week or more on.
            re(`${b}${weekdays}(?![\\p{L}])\\.?\\s+om\\s+${count}\\s+(?<u>uke|uka|uker)(?![\\p{L}])`)
          : undefined,
    spanMinutes: re(`^\\S{0,20}\\s*(?:and|und|og|a|και|κ\\.)\\s+${count}\\s*(?:${w.units.minute})\\S{0,20}`),
    zoneName: w.zoneNames?.length
      ? re(
          `^\\s*,?\\s*(?:(?:${w.hourWord ?? '(?!)'})\\s+)?(?:\\(\\s*)?(?:ωρα|time|zeit|tid|cas)?\\s*(?:${w.zoneNames.map(([p], i) => `(?<z${i}>${p})`).join('|')})(?![\\p{L}])`,
        )
      : undefined,
    zone: re(
      `^\\s*(?:(?:${w.hourWord ?? '(?!)'})\\s*)?\\(?(?<z>${[...Object.keys(ZONES), ...(lang === 'en' ? Object.keys(US_ZONES) : [])].join('|')})\\b(?:\\s*(?<sign>[+-])\\s*(?<zh>\\d{1,2})(?::?(?<zm>\\d\\d))?)?`,
    ),
  };
  const ampm = `(?:\\s*(?<ap>${alt(w.am, w.pm) || '(?!)'}))`;
  const at = `(?:${w.at})\\s*`;
  const units2 = alt(w.units.minute, w.units.hour, w.units.day, w.units.week, w.units.month, w.units.workday);
  g.clock = [
    // 15:30, 3:15p, 14.30 h, 15h00
    re(`(?<![\\d.:/])(?<h>\\d{1,2})\\s*(?:[:：]|\\.(?=\\d\\d(?!\\s*\\.\\s*\\d))|h(?=\\d\\d))(?<m>\\d{2})(?!\\d)${ampm}?`),
    // 1030am, 330 μ.μ., at 1030, English "1700 hrs" (the 24-hour clock)
    re(
      `(?<![\\d.:/])(?<h>\\d{1,2})(?<m>\\d{2})${ampm}(?![\\p{L}])|${b}(?:at|@)\\s+(?<h2>\\d{1,2})\\s?(?<m2>\\d{2})(?!\\d)${lang === 'en' ? '|(?<![\\d.:/])(?<h3>[01]\\d|2[0-3])(?<m3>[0-5]\\d)\\s*(?:hrs|hours)\\b' : ''}`,
    ),
    // 3pm, 3 μ.μ., 8 Uhr, 15h, 8. hodine, um drei, o jedenástej
    re(
      `(?<![\\d.:/])(?<h>${hour.slice(1, -1)})\\.?\\s*(?:${ampm}|(?:${w.hourWord ?? '(?!)'})(?![\\p{L}]))|${zh ? '(?!)' : b}${at}(?<h2>\\d{1,2}(?![\\d:/]|\\.\\d)|(?:${hourWords})(?![\\p{L}]))(?!\\s*(?:${units2})(?!\\S{0,20}\\s+(?:${(w.zoneNames ?? []).map(([p]) => p).join('|') || '(?!)'})))(?:\\s*(?<ap2>${alt(w.am, w.pm) || '(?!)'}))?|(?<![\\d.:/])${b}(?<h3>\\d{1,2}|${hourWords})\\s+(?:(?:in the|am|in der|το|τη|την|om|pa|i|v)\\s+)?(?=(?:${w.parts.map(([p]) => p).join('|')})(?![\\p{L}]))${lang === 'no' ? '|(?<![\\d.:/])(?<h4>\\d{1,2})\\s?-\\s?tid(?:a|en)(?![\\p{L}])' : ''}`,
    ),
    // 3点 / 3点半 / 十点一刻 / 3点15分; Cantonese counts five-minute marks: 三點踏三, 三點三個字 (3:15)
    re(
      `(?<!第)(?<h>\\d{1,2}|十一|十二|[一二两兩三四五六七八九十])(?:点|點|时(?![间候])|時(?![間候]))(?<tail>半|差(?<tq>一刻|三刻)|一刻|三刻|[踏搭](?<t5>十一|[一二两兩三四五六七八九十]|\\d{1,2})|(?<t6>十一|[一二两兩三四五六七八九十]|\\d{1,2})[個个]字|(?:过|過)?[零〇]?(?<tm>\\d{1,2}|${CN})分?|差(?<tc>\\d{1,2}|${CN})分?)?`,
    ),
  ];
  cache.set(lang, g);
  return g;
}

interface Span {
  start: number;
  end: number;
}

/** The language a table of words is for: counts in words to 59 ("vierzehn", "twenty") are in deadline-numbers.ts. */
const LANG_OF = new Map(Object.entries(DEADLINE_WORDS).map(([lang, words]) => [words, lang]));

/** A German count with a fraction: "anderthalb" 1.5, "dreieinhalb" 3.5, "eineinviertel" 1.25, "dreiviertel" 0.75, "halben" 0.5. */
function fractionOf(word: string, w: DeadlineWords): number | undefined {
  const bare = word.replace(/^(?:einer|einem|eine|ein|ner)\s+/u, '');
  if (/^anderthalb/u.test(bare)) return 1.5;
  const m = /^(\p{L}*?)(halb|viertel|drei ?viertel)\p{L}*$/u.exec(bare);
  if (!m) return undefined;
  const whole = m[1]?.replace(/ein$/u, '') ?? '';
  const base = whole ? (MINUTE_WORDS.de?.[whole] ?? w.numbers[whole]) : 0;
  if (base === undefined) return undefined;
  const frac = m[2] === 'halb' ? 0.5 : m[2] === 'viertel' ? 0.25 : 0.75;
  return base + frac;
}

function numberOf(word: string | undefined, w: DeadlineWords): number | undefined {
  if (!word) return undefined;
  // "5-7 working days": the later bound.
  const range = /^\d{1,3}\s*[-–]\s*(\d{1,3})$/.exec(word.trim());
  if (range) return Number(range[1]);
  const n = Number(word.replace(',', '.'));
  if (Number.isFinite(n) && word.trim() !== '') return n;
  // "anderthalb", "dreieinhalb", "eineinviertel", "einer Dreiviertel-", "einem halben": a whole and a part.
  const tens = MINUTE_WORDS[LANG_OF.get(w) ?? '']?.[word.trim()];
  if (tens !== undefined) return tens;
  const part = w.fractions && new RegExp(`^(?:${w.fractions})$`, 'u').test(word.trim()) ? fractionOf(word.trim(), w) : undefined;
  if (part !== undefined) return part;
  // Folded text writes every sigma σ; the tables write a final one ς ("τέσσερις": medial σσ stay).
  const key = word.trim().replace(/σ$/u, 'ς');
  for (const table of [w.numbers, w.counts ?? {}]) {
    if (table[key] !== undefined) return table[key];
    if (table[word.trim()] !== undefined) return table[word.trim()];
  }
  // Chinese counts past twelve: 十五, 二十四, 四十五.
  if (/^[一二两兩三四五六七八九十廿卅]+$/u.test(key)) return cnNumber(key);
  // "a couple", "ein paar": two; "a few", "μερικές": three.
  if (w.few && new RegExp(`^(${w.few})$`, 'u').test(key)) return /couple|paar|par|et par/.test(key) ? 2 : 3;
  const cn: Record<string, number> = {
    一: 1,
    两: 2,
    兩: 2,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
    十: 10,
    十一: 11,
    十二: 12,
  };
  return cn[key];
}

/** A count of a span: a number word of the hours, or a larger one ("twenty-four"). */
function spanCount(word: string | undefined, w: DeadlineWords, lang: string): number | undefined {
  return numberOf(word, w) ?? (word === undefined ? undefined : MINUTE_WORDS[lang]?.[word.trim().replace(/\s+/g, ' ')]);
}

/** The first match of `pattern` in `text`, its span blanked in `text` so no later pattern reads it again. */
function take(pattern: RegExp | undefined, box: { text: string; spans: Span[] }): RegExpExecArray | undefined {
  if (!pattern) return undefined;
  pattern.lastIndex = 0;
  const m = pattern.exec(box.text);
  if (!m?.[0].trim()) return undefined;
  box.spans.push({ start: m.index, end: m.index + m[0].length });
  box.text = box.text.slice(0, m.index) + ' '.repeat(m[0].length) + box.text.slice(m.index + m[0].length);
  return m;
}

function untake(m: RegExpExecArray, box: { text: string; spans: Span[] }, folded: string) {
  box.spans = box.spans.filter((s) => s.start !== m.index);
  box.text = box.text.slice(0, m.index) + folded.slice(m.index, m.index + m[0].length) + box.text.slice(m.index + m[0].length);
}

const unitMs = (unit: string, w: DeadlineWords): 'year' | 'month' | 'week' | number | 'day' => {
  // A unit's lookahead (zh "日(?=内)") is about the text after it, not the unit word.
  const is = (p: string) => new RegExp(`^(${p.replace(/\(\?=[^)]*\)/g, '')})`, 'iu').test(unit);
  if (w.units.year && is(w.units.year)) return 'year';
  if (is(w.units.month)) return 'month';
  if (is(w.units.week)) return 'week';
  if (is(w.units.day)) return 'day';
  if (is(w.units.hour)) return HOUR;
  return MINUTE;
};

/**
 * Where the word holding `end` ends: a unit matched by its stem ("min" of "minutes", "stunde" of
 * "Stunden") would otherwise cut the quoted words mid-word. Han and kana run on without spaces,
 * so they end where the match does.
 */
const WORD_GOES_ON = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}]/u;
function wordEnd(text: string, end: number): number {
  while (end < text.length && WORD_GOES_ON.test(text[end] as string)) end++;
  return end;
}

/** The deadline `text` names in `lang` from `ref`, 'past' where it points back, or undefined. */
export function readDeadline(written: string, lang: string, ref: number, options: ReadOptions = {}): Deadline | 'past' | undefined {
  const g = grammar(lang);
  if (!g) return undefined;
  // Greek typed in Latin letters ("tha sas kalesoume avrio to prwi") is read through its time words, offsets kept.
  const text = lang === 'el' ? fromGreeklish(written) : written;
  // A greeting ("早上好", "good morning") names no part of the day: blanked, offsets kept.
  let greeted = fold(text).replace(GREETINGS, (m) => ' '.repeat(m.length));
  // Greek names a thing by its day in the genitive ("το τιμολόγιο της 5ης Μαρτίου", "η παραγγελία της Τρίτης"): no deadline.
  if (lang === 'el') greeted = greeted.replace(EL_DAY_ATTRIBUTE, (m) => ' '.repeat(m.length));
  // "the call you made on 3 February", "the invoice we sent you in December": a time that dates
  // something done is no deadline; blanked, and when nothing else is read the sentence points back.
  // "I spoke to the courier yesterday and they will deliver on Friday": a clause with a past time and no future,
  // next to one that promises, dates only itself.
  const withPast = greeted;
  if (lang === 'en') greeted = pastClausesBlanked(greeted, g.past, lang);
  const undated =
    lang === 'en'
      ? greeted.replace(EN_DONE_AT, (m) => ' '.repeat(m.length))
      : lang === 'no'
        ? greeted.replace(NO_DONE_AT, (m) => ' '.repeat(m.length))
        : greeted;
  // "between 8am and 12pm", "between Monday and Wednesday": due at the end of the window, so its start is blanked;
  // so is what the customer is to do first ("if you send it by Monday, we will…").
  const windowEnd =
    lang === 'en' ? undated.replace(EN_BETWEEN, (m) => ' '.repeat(m.length)).replace(EN_IF_YOU, (m) => ' '.repeat(m.length)) : undated;
  const read = readFolded(ordinalsToDigits(windowEnd, text, g, lang), g, lang, ref, options, text);
  // Nothing left but a time that dates what was done ("we will look into it, the parcel was shipped on Monday"):
  // the sentence points back, and no other reader (chrono) may take that time forward.
  return read === undefined && undated !== withPast ? 'past' : read;
}

/**
 * Greeklish: the time words of Greek as typed in Latin letters, each to its Greek spelling (padded with
 * spaces where the Greek is shorter, so offsets hold). Only a text with no Greek letter is read so.
 */
const GREEKLISH: [RegExp, string][] = (
  [
    ['simera', 'σημερα'],
    ['avrio|aurio', 'αυριο'],
    ['methavrio|methaurio|meuavrio', 'μεθαυριο'],
    ['apopse', 'αποψε'],
    ['prwi|proi|prui', 'πρωι'],
    ['mesimeri|meshmeri', 'μεσημερι'],
    ['apogeuma|apogevma|apogeyma', 'απογευμα'],
    ['vradi|bradi|vrady', 'βραδυ'],
    ['deftera|deutera|deytera', 'δευτερα'],
    ['triti|trith', 'τριτη'],
    ['tetarti|tetarth', 'τεταρτη'],
    ['pempti|pefti|pempth', 'πεμπτη'],
    ['paraskevi|paraskeui|paraskeyh|paraskevh', 'παρασκευη'],
    ['savvato|sabbato|savato|sabato', 'σαββατο'],
    ['kyriaki|kuriaki|kiriaki', 'κυριακη'],
    ['evdomada|ebdomada|vdomada', 'εβδομαδα'],
    ['epomeni|epomenh', 'επομενη'],
    ['ores|wres', 'ωρες'],
    ['ora|wra', 'ωρα'],
    ['lepta', 'λεπτα'],
    ['meres', 'μερες'],
    ['mera', 'μερα'],
    ['ergasimes', 'εργασιμες'],
    ['mexri|mehri|mechri', 'μεχρι'],
    ['entos', 'εντος'],
    ['mesa', 'μεσα'],
    ['stis', 'στις'],
    ['tis', 'τις'],
    ['tin|thn', 'την'],
    ['to', 'το'],
    ['se', 'σε'],
    ['tha', 'θα'],
    ['xthes|xtes|chthes', 'χθες'],
    ['perasmeni|perasmenh|perasmeno', 'περασμενη'],
  ] as const
).map(([latin, greek]) => [new RegExp(`(?<![\\p{L}\\d])(?:${latin})(?![\\p{L}])`, 'giu'), greek]);
function fromGreeklish(text: string): string {
  if (/\p{sc=Greek}/u.test(text) || !/(?<![\p{L}])tha(?![\p{L}])/iu.test(text)) return text;
  let out = text;
  for (const [pattern, greek] of GREEKLISH) out = out.replace(pattern, (m) => (greek.length <= m.length ? greek.padEnd(m.length, ' ') : m));
  return out;
}

const EN_FUTURE = /(?<![\p{L}])(?:will|shall|'ll|’ll|going to|gonna)(?![\p{L}])/u;
/** Where an English clause ends: a comma, semicolon or dash, or "and", "but", "so", "while". */
const EN_CLAUSE_END = /\s{0,3}[,;–—]\s{0,3}(?:(?:and|but|so|then|while)\s)?|\s(?:and|but|so|while)\s/gu;
/** A clause told in the past: a subject with a past verb ("I spoke", "the engineer visited"), or "was"/"were". */
let enPastClause: RegExp | undefined;
const EN_PAST_CLAUSE = {
  test: (clause: string) => {
    enPastClause ??= new RegExp(`(?<![\\p{L}])(?:(?:i|we|you|they|he|she|it|\\p{L}{2,24})\\s{1,3}${PAST_VERB}|was|were)(?![\\p{L}])`, 'u');
    return enPastClause.test(clause);
  },
};
function pastClausesBlanked(folded: string, past: RegExp, lang: string): string {
  if (!EN_FUTURE.test(folded)) return folded;
  const clauses: [number, number][] = [];
  let from = 0;
  for (const m of folded.matchAll(EN_CLAUSE_END)) {
    clauses.push([from, m.index]);
    from = m.index + m[0].length;
  }
  clauses.push([from, folded.length]);
  if (clauses.length < 2) return folded;
  // Built once from its pieces: a text of many clauses stays linear.
  const pieces: string[] = [];
  let at = 0;
  for (const [a, b] of clauses) {
    const clause = folded.slice(a, b);
    if (EN_FUTURE.test(clause) || !(pastIn(clause, past, lang) || EN_PAST_CLAUSE.test(clause))) continue;
    pieces.push(folded.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  pieces.push(folded.slice(at));
  return pieces.join('');
}

/**
 * Norwegian: a time right after a past verb says when it was done ("Vi mottok returen din på fredag", "e-posten du
 * sendte oss på mandag", "trekkene som ble gjort i desember", "meldingen du sendte søndag", "alarmen gikk kl. 02.15 i
 * natt"): the time phrase is blanked. Not past an "og"/"men" (another clause), not a time only the future has ("i
 * morgen", "neste uke", "om to dager"), and not after what was booked or set up ("har booket ny time i morgen").
 */
const NO_PAST_VERB =
  '(?!(?:neste|nestneste|første|forste|siste|beste|eneste|seneste|nestkommende|førstkommende|forstkommende)(?![\\p{L}]))(?:\\p{L}{2,20}(?:te|de|dde)|mottok|tok|fikk|kom|gikk|sa|la|satte|fant|sto|gjorde|ga|gav|skrev|(?:ble|har|hadde|har blitt)\\s{1,3}\\p{L}{2,20}(?:t|et|dd))';
/** What was booked, set up or moved for the customer is a schedule: the time after it is when it will be. */
const NO_SCHEDULED =
  '(?:(?:ble|har|hadde|har blitt)\\s{1,3})?(?:booket|bestilt|planlagt|avtalt|flyttet|reservert|berammet|satt opp|satt av|satte opp)(?![\\p{L}])';
/** A time no past can have: tomorrow, next …, in N … . */
const NO_AHEAD =
  '(?:i\\s{1,3})?(?:morgen(?!s)|morra|over(?:i)?morgen)(?![\\p{L}])|(?:neste|kommende|nestkommende)(?![\\p{L}])|om\\s{1,3}\\S';
/** A word of the time phrase: "02.15" keeps its dot. */
const NO_TIME_WORD = '(?:\\d{1,2}[.:]\\d{2}|[^\\s,.;!?]{1,24})';
const NO_DONE_AT = new RegExp(
  `(?<=(?<![\\p{L}])(?:du|vi|jeg|dere|han|hun|som|\\p{L}{2,20}(?:en|et|ene))\\s{1,3}(?!${NO_SCHEDULED})${NO_PAST_VERB}\\s{1,3}(?:(?!(?:og|men|så)(?![\\p{L}]))[^\\s,.;!?]{1,24}\\s{1,3}){0,3}?)(?!${NO_AHEAD})(?:(?:på|pa|i|den|fra|kl\\.?|klokka|klokken)\\s{1,3}${NO_TIME_WORD}(?:\\s{1,3}${NO_TIME_WORD}){0,2}|(?:(?:man|tirs|ons|tors|fre|lør|lor|søn|son)dag(?:en)?|(?:jul|nyttars)aften)(?![\\p{L}]))`,
  'gu',
);

const EN_IF_YOU = /\b(?:if|once|when|as soon as|provided)\s+you\b[^,;:]*[,;:](?=[^,;:]*\b(?:we|i)\b)/gu;
const EN_BETWEEN = /\bbetween\s+(?:[^\s,;.!?]+\s+){1,3}?and\s+(?=\d|noon|midday|mon|tue|wed|thu|fri|sat|sun)/gu;

/**
 * English past clauses that date what was done, the time phrase only (up to four words, to the
 * next "and", "by", comma…): a subject with a past verb ("you made on", "we sent you in"), a
 * participle after a noun or "was" ("the attempt made on", "was dispatched on Monday", not "will be made on", "have it fixed on", "it's fixed in", nor
 * what is planned: "the visit scheduled on Monday"),
 * or a time followed by one ("from Sunday night that you sent us").
 */
const PAST_VERB =
  '(?:(?!(?:schedul|plann|book|arrang|expect|reserv|slat|promis|timetabl)ed\\b)\\w{1,24}(?<!e)ed|made|sent|paid|bought|gave|took|came|spoke|wrote|told|said|saw|met|went|heard|brought|rang|left|taken|given|done|seen|written|shown|chosen|broken|held|found|lost)';
const TIME_WORDS = '(?:(?!(?:and|but|by|before|until|till|within|so|then|that|which)\\b)[^\\s,;.!?]+\\.?\\s*){1,4}';
const EN_DONE_AT = new RegExp(
  [
    `(?<=\\b(?:you|we|i|they|he|she)\\s{1,3}${PAST_VERB}\\s{1,3}(?:(?:you|us|me|him|her|them|it)\\s{1,3})?)(?:on|in|at|during|from)\\s{1,3}${TIME_WORDS}`,
    `(?<=(?<!\\b(?:have|has|get|gets|having|getting)\\s{1,3}(?:\\S{1,24}\\s{1,3}){1,3})\\b(?<!')(?!(?:if|once|when|as|unless|until|whenever|after|before|be|been|being|is|are|am|will|'ll|get|gets|got|getting|to|it|them|this|that|have|has|had|and|or|then|\\w{1,24}ly)\\s)[a-z]{1,24}\\s{1,3}${PAST_VERB}\\s{1,3})(?:on|in|at|during)\\s{1,3}${TIME_WORDS}`,
    `\\b(?:on|in|at|during|from)\\s{1,3}(?:\\S{1,24}\\s{1,3}){1,3}?(?=(?:that|which)\\s{1,3}(?:you|we|i|they|he|she)\\s{1,3}${PAST_VERB}\\b)`,
  ].join('|'),
  'g',
);

function readFolded(
  folded: string,
  g: Grammar,
  lang: string,
  ref: number,
  options: ReadOptions,
  text: string,
): Deadline | 'past' | undefined {
  const work = options.work ?? STANDARD_WORKING_TIME;
  const w = g.w;
  g.past.lastIndex = 0;
  if (pastIn(folded, g.past, lang) || (lang === 'el' && greekPastClause(folded, text))) return 'past';
  const box = { text: folded, spans: [] as Span[] };
  const endHour = work.end / 60;
  const result = (due: number): Deadline => ({
    due,
    start: Math.min(...box.spans.map((s) => s.start)),
    end: wordEnd(folded, Math.max(...box.spans.map((s) => s.end))),
  });

  // "本月最后一个周五", "3月第一个工作日" hold a count and a unit that are no span: read first.
  const nthOfMonth = lang === 'zh' ? take(g.zhNthOfMonth, box) : undefined;
  // Working hours and days first: "within 2 business days" is not "within 2 days".
  const workhours = take(g.workhours, box);
  const hours = workhours && spanCount(workhours.groups?.n, w, lang);
  if (hours) return result(addWorkingTime(ref, hours * 60, work));
  if (take(g.nextWorkday, box)) return result(atMinutes(workdaysAfter(ref, 1, work), work.end));
  const workdays = take(g.workdays, box);
  if (workdays) {
    const n = spanCount(workdays.groups?.n, w, lang);
    if (n) return result(atMinutes(workdaysAfter(ref, n, work), work.end));
  }

  // English spans from a day, not from now: "a week from Friday", "a week on Friday", "Friday week", "Monday fortnight", "two days after tomorrow",
  // "the month after next", "this time tomorrow" (to the minute).
  let fromDay: Date | undefined;
  const sameTime = lang === 'en' ? take(EN_SAME_TIME, box) : undefined;
  if (sameTime) return result(ref + (sameTime.groups?.week ? 7 : 1) * DAY);
  const fromWeekday = lang === 'en' || lang === 'no' ? take(g.fromDay, box) : undefined;
  if (fromWeekday?.groups) {
    const { n, u, mod, wd, wd2, tomorrow, period, n3, wd3, holiday } = fromWeekday.groups;
    const today = dayStart(ref);
    const holidayDate =
      holiday !== undefined ? Object.entries(EN_HOLIDAYS).find(([k]) => new RegExp(`^(?:${k})$`, 'u').test(holiday))?.[1] : undefined;
    if (holidayDate) {
      // "until Christmas Day", "by New Year's Eve": its next one.
      const [hm, hd] = holidayDate;
      fromDay = new Date(today.getFullYear(), hm - 1, hd);
      if (fromDay < today) fromDay = new Date(today.getFullYear() + 1, hm - 1, hd);
    } else if (wd3 !== undefined) {
      // "4 Tuesdays from now": the fourth Tuesday to come.
      const target = w.weekdays.findIndex((d) => new RegExp(`^(?:${d})s?$`, 'u').test(wd3));
      const count = spanCount(n3, w, lang) ?? 0;
      if (target >= 0 && count) fromDay = addDays(weekdayDate(today, target, undefined, w), (count - 1) * 7);
    } else if (period !== undefined) {
      // "the month after next", "the week after next": the whole month or week two on, due at its last working day.
      if (/^month/.test(period)) {
        const first = new Date(today.getFullYear(), today.getMonth() + 2, 1);
        fromDay = lastWorkdayOf(first, new Date(first.getFullYear(), first.getMonth() + 1, 0), work);
      } else {
        const monday = addDays(today, -((today.getDay() + 6) % 7) + 14);
        fromDay = lastWorkdayOf(monday, addDays(monday, 6), work);
      }
    } else {
      const name = wd ?? wd2 ?? '';
      const target = w.weekdays.findIndex((d) => new RegExp(`^(?:${d})(?![\\p{L}])`, 'u').test(name));
      const base = tomorrow !== undefined ? addDays(today, 1) : target >= 0 ? weekdayDate(today, target, mod, w) : undefined;
      const count = n === undefined ? 1 : (spanCount(n, w, lang) ?? 0);
      const days =
        wd2 !== undefined
          ? fromWeekday.groups.wk2 === 'fortnight'
            ? 14
            : 7
          : count * (/^fortnight/.test(u ?? '') ? 14 : /^(week|uk)/.test(u ?? '') ? 7 : 1);
      if (base && days) fromDay = addDays(base, days);
    }
  }

  // A span from now.
  const half = take(g.halfSpan, box);
  if (half) return result(ref + 30 * MINUTE);
  const fraction = take(g.fraction, box);
  if (fraction) {
    const f = fraction.groups?.f ?? fraction.groups?.f0 ?? '';
    return result(ref + (/3|τρια|three|drei|tre|之三/.test(f) ? 45 : 15) * MINUTE);
  }
  const during = take(g.during, box);
  if (during?.groups) {
    const today = dayStart(ref);
    if (during.groups.month !== undefined) {
      const last = new Date(today.getFullYear(), today.getMonth() + 1, 0);
      return result(atMinutes(lastWorkdayOf(today, last, work), work.end));
    }
    const sunday = addDays(today, 6 - ((today.getDay() + 6) % 7));
    return result(atMinutes(lastWorkdayOf(today, sunday, work), work.end));
  }
  // Greek compounds of a count and a unit: "σε ένα τετράωρο" (4 hours), "μέσα σε ένα 24ωρο", "σε ένα δεκαπενθήμερο" (15 days);
  // "το δεύτερο δεκαπενθήμερο του Μαρτίου" is a half of that month, due on its last working day.
  const compound = lang === 'el' ? take(EL_COMPOUND_SPAN, box) : undefined;
  if (compound?.groups) {
    const { n, u, half, mon } = compound.groups;
    const count = /^\d/.test(n ?? '')
      ? Number(n)
      : (EL_COMPOUND_COUNTS.find(([p]) => new RegExp(`^(?:${p})$`, 'u').test(n ?? ''))?.[1] ?? 0);
    if (half !== undefined && mon !== undefined && count === 15) {
      const today = dayStart(ref);
      const m = w.months.findIndex((p) => new RegExp(`^(?:${p})`, 'u').test(mon));
      let first = new Date(today.getFullYear(), m, 1);
      if (new Date(today.getFullYear(), m + 1, 0) < today) first = new Date(today.getFullYear() + 1, m, 1);
      const [from, to] = /^πρωτ/u.test(half) ? [1, 15] : [16, new Date(first.getFullYear(), m + 1, 0).getDate()];
      const start = new Date(first.getFullYear(), m, from);
      return result(atMinutes(lastWorkdayOf(start < today ? today : start, new Date(first.getFullYear(), m, to), work), work.end));
    }
    if (count && half === undefined)
      return result(/^ωρ/u.test(u ?? '') ? ref + count * HOUR : Math.floor((ref + count * DAY) / HOUR) * HOUR);
  }
  const span = take(g.spanFrom, box) ?? take(g.span, box) ?? take(g.spanAfter, box);
  if (span) {
    // "o hodinu", "within the hour", "do týždňa": one of the unit; "next week" is no span but a week.
    const n =
      span.groups?.n === undefined
        ? /next|nachst|kommend|neste|επομεν|najblizs|nasledujuc|下|后|後/.test(span[0])
          ? 0
          : 1
        : span.groups.n === ''
          ? 1
          : (spanCount(span.groups.n2 ?? span.groups.n, w, lang) ?? 0) + ((span.groups.h1 ?? span.groups.h2) ? 0.5 : 0);
    // "innen arbeidsdagens slutt": a working day with no count is no span (the end of business reads it).
    const ofWorkdays = new RegExp(`^(${w.units.workday})`, 'iu').test(span.groups?.u ?? '');
    // German "in der Woche (ab dem 25.)" is during a week, not a week from now.
    const inWeekOf = lang === 'de' && span.groups?.n === undefined && /^in der\s/u.test(span[0]);
    if (!n || ofWorkdays || inWeekOf) untake(span, box, folded);
    const unit = unitMs(span.groups?.u ?? '', w);
    if (n && !ofWorkdays && !inWeekOf && (unit !== MINUTE || n >= 1)) {
      let due: number;
      // "morgen in einer Woche", "heute in 14 Tagen": counted from the day named right before it; German's
      // "heute in acht Tagen" is a week (the day itself counted twice).
      const anchor = typeof unit === 'string' ? dayBefore(folded.slice(0, span.index), g) : undefined;
      let count = n;
      if (anchor) {
        box.spans.push({ start: anchor.at, end: span.index });
        if (lang === 'de' && unit === 'day' && /^acht$/.test(span.groups?.n ?? '')) count = 7;
      }
      const from = ref + (anchor?.days ?? 0) * DAY;
      if (unit === 'month' || unit === 'year') {
        const d = new Date(from);
        const months = count * (unit === 'year' ? 12 : 1);
        d.setMonth(d.getMonth() + Math.floor(months));
        // "σε ενάμιση μήνα": the half month as 15 days.
        due = d.getTime() + Math.round((months % 1) * 30) * DAY;
      } else if (unit === 'week') due = from + count * (/^fortnight/.test(span.groups?.u ?? '') ? 14 : 7) * DAY;
      // "in 2 days": that day at the hour it was said (Duckling's hour), "within 24 hours" to the minute;
      // "in a day and a half" and "a day from now" (which names the moment): to the minute.
      else if (unit === 'day')
        due =
          Number.isInteger(count) && !FROM_THIS_MOMENT.test(span[0]) ? Math.floor((from + count * DAY) / HOUR) * HOUR : from + count * DAY;
      // "within 3 hours, during our opening hours": counted while the team works.
      else if (inFolded(g.openingHours, folded, box)) return result(addWorkingTime(ref, (n * (unit as number)) / MINUTE, work));
      // "一个半小时": an hour and a half; "三刻钟": three quarters of an hour.
      else if (/半/u.test(span.groups?.u ?? '')) return result(ref + n * (unit as number) + 30 * MINUTE);
      else if (/^刻/u.test(span.groups?.u ?? '')) return result(ref + n * 15 * MINUTE);
      // Cantonese counts minutes in fives on the clock face: 三個字 is a quarter of an hour.
      else if (/字$/u.test(span.groups?.u ?? '')) return result(ref + n * 5 * MINUTE);
      else {
        // "in an hour and twenty minutes": the minutes said after the hours count too.
        g.spanMinutes.lastIndex = 0;
        const more = unit === HOUR ? g.spanMinutes.exec(box.text.slice(span.index + span[0].length)) : null;
        const extra = more ? (numberOf(more.groups?.n, w) ?? 0) : 0;
        if (more) box.spans.push({ start: span.index, end: span.index + span[0].length + more[0].length });
        return result(ref + n * (unit as number) + extra * MINUTE);
      }
      // "in 7 days at 5pm": that day, at that time.
      const clock = readClock(box, g, lang);
      const at = clock && clockMinutes(clock, undefined);
      return result(at === undefined || at === null ? due : atMinutes(dayStart(due), at));
    }
  }

  // The day.
  let day: Date | undefined = fromDay;
  let dayDefault = endHour;
  const today = dayStart(ref);
  let recentPast = false;
  const ymd = (y: number | undefined, m: number, d: number): Date | undefined => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
    let date = new Date(y ?? today.getFullYear(), m - 1, d);
    if (date.getDate() !== d) return undefined;
    if (y === undefined && date < today) {
      // "den 1. februar" said on 12 February is the one just gone, not next year's.
      if (today.getTime() - date.getTime() <= RECENT_PAST_DAYS * DAY) recentPast = true;
      date = new Date(today.getFullYear() + 1, m - 1, d);
    }
    return date;
  };
  const year = (s: string | undefined) => {
    if (!s) return undefined;
    const n = Number(s.replace("'", ''));
    return n < 100 ? 2000 + n : n;
  };
  const monthIndex = (name: string) => w.months.findIndex((m) => new RegExp(`^(${m})`, 'u').test(name.replaceAll('ς', 'σ'))) + 1;

  const closest = take(g.closest, box);
  const nth = day ? undefined : take(g.nthWeekday, box);
  if (nth?.groups) {
    // Of a month named (its next one to come, or that year's) or of this or next month ("des Monats": this month's
    // while the day is ahead, else next month's).
    const { mon, wd, wk, y: ys, mod, month, fromEnd, any } = nth.groups;
    const relative = month !== undefined;
    const next = !!mod && new RegExp(`^(${w.next})$`, 'u').test(mod);
    const m = relative ? today.getMonth() + 1 + (next ? 1 : 0) : monthIndex(mon ?? '');
    const target =
      any !== undefined ? 'any' : wk !== undefined ? 'work' : w.weekdays.findIndex((d) => new RegExp(`^(?:${d})`, 'u').test(wd ?? ''));
    const n = nthOf(nth.groups.o ?? '');
    const countIn = (y: number, month: number): Date | undefined => {
      const matches = (d: Date) => target === 'any' || (target === 'work' ? isWorkday(d, work) : d.getDay() === target);
      const first = new Date(y, month - 1, 1);
      const end = new Date(y, month, 0);
      if (n < 0 && (!fromEnd || target === 'any')) {
        let d = end;
        while (!matches(d)) d = addDays(d, -1);
        return d;
      }
      let seen = 0;
      if (fromEnd) {
        for (let d = end; d >= first; d = addDays(d, -1)) if (matches(d) && ++seen === n) return d;
        return undefined;
      }
      for (let d = first; d <= end; d = addDays(d, 1)) if (matches(d) && ++seen === n) return d;
      return undefined;
    };
    if (m && n && (target === 'work' || target === 'any' || target >= 0)) {
      const y = year(ys) ?? today.getFullYear();
      let found = countIn(y, m);
      // A month named with no year, or "the month", whose day has gone by: the next one (Date carries month 13 over).
      if (!ys && !mod && (!found || found < today)) found = relative ? countIn(y, m + 1) : countIn(y + 1, m);
      day = found;
    }
  }
  const nthDay = day ? undefined : take(g.nthDay, box);
  if (nthDay?.groups) {
    // "the last working day of the month", "πρώτη εργάσιμη του Μαρτίου", "προτελευταία μέρα του μήνα".
    const { o, work: ofWork, mod, mon, y: ys } = nthDay.groups;
    const named = mon ? monthIndex(mon) : 0;
    const next = !!mod && new RegExp(`^(${w.next})$`, 'u').test(mod);
    const from = !o || /^(first|erste|første|πρωτη)/.test(o) ? 1 : /^(second|penultimate|vorletzte|nest|προτελευταια)/.test(o) ? -2 : -1;
    const pick = (y: number, m0: number): Date => {
      const days: Date[] = [];
      for (let d = new Date(y, m0, 1); d.getMonth() === ((m0 % 12) + 12) % 12; d = addDays(d, 1))
        if (!ofWork || isWorkday(d, work)) days.push(d);
      return (from > 0 ? days[from - 1] : days[days.length + from]) ?? new Date(y, m0, 1);
    };
    let y = year(ys) ?? today.getFullYear();
    let m0 = named ? named - 1 : today.getMonth() + (next ? 1 : 0);
    let d = pick(y, m0);
    if (d < today && !ys) {
      if (named) y++;
      else m0++;
      d = pick(y, m0);
    }
    day = d;
  }
  if (!day) day = phaseOf(take(g.phase, box), today, work, w, monthIndex);
  const nthWeek = !day && take(g.nthWeek, box);
  if (nthWeek && nthWeek.groups !== undefined) {
    // Weeks run Monday to Sunday: the first is the one from the month's first Monday, the last the one ending in it.
    const m = monthIndex(nthWeek.groups.mon ?? '');
    if (m) {
      let y = year(nthWeek.groups.y) ?? today.getFullYear();
      if (!nthWeek.groups.y && new Date(y, m, 0) < today) y++;
      const last = /^(last|letzte|siste|τελευταια)/.test(nthWeek.groups.o ?? '');
      let monday = last ? addDays(new Date(y, m, 0), -6) : new Date(y, m - 1, 1);
      while (monday.getDay() !== 1) monday = addDays(monday, last ? -1 : 1);
      // "the second week of March", "τη δεύτερη εβδομάδα του Μαρτίου": weeks on from the first.
      if (!last) monday = addDays(monday, 7 * Math.max(0, nthOf(nthWeek.groups.o ?? '') - 1));
      day = lastWorkdayOf(monday, addDays(monday, 6), work);
    }
  }
  const thisMonth = !day && take(g.dayOfThisMonth, box);
  if (thisMonth && thisMonth.groups !== undefined) {
    const d = Number(thisMonth.groups.d);
    day = ymd(today.getFullYear(), today.getMonth() + 1, d);
    if (!day || day < today) day = ymd(today.getFullYear() + (today.getMonth() === 11 ? 1 : 0), ((today.getMonth() + 1) % 12) + 1, d);
  }
  const ofMonth = !day && take(g.dayOfMonth, box);
  if (ofMonth && ofMonth.groups !== undefined) {
    const next = new RegExp(`^(${w.next})$`, 'u').test(ofMonth.groups.mod ?? '');
    const first = new Date(today.getFullYear(), today.getMonth() + (next ? 1 : 0), 1);
    day = ymd(
      first.getFullYear(),
      first.getMonth() + 1,
      /^(ersten|first)$/.test(ofMonth.groups.d ?? '') ? 1 : (cnNumber(ofMonth.groups.d ?? '') ?? 0),
    );
  }
  if (!day && nthOfMonth?.groups) day = zhNthOfMonth(nthOfMonth.groups, today, work, w);
  const zhDate = !day && lang === 'zh' && take(g.zhDate, box);
  if (zhDate && zhDate.groups !== undefined)
    day = ymd(
      year(zhDate.groups.y && cnYear(zhDate.groups.y)),
      cnNumber(zhDate.groups.mo ?? '') ?? 0,
      cnNumber(zhDate.groups.d ?? '') ?? 0,
    );
  const iso = !day && take(g.isoDate, box);
  // Taiwan's year of the Republic (民國102年 is 2013) in a numeric date.
  if (iso) day = ymd(Number(iso[1]) + (Number(iso[1]) < 1000 ? 1911 : 0), Number(iso[2]), Number(iso[3]));
  if (!day) {
    const named = take(g.nameDate, box);
    if (named) day = ymd(year(named.groups?.y), monthIndex(named.groups?.mon ?? ''), Number(named.groups?.d));
  }
  if (!day) {
    const named = take(g.nameDateMonthFirst, box);
    if (named) day = ymd(year(named.groups?.y), monthIndex(named.groups?.mon ?? ''), Number(named.groups?.d));
  }
  if (!day) {
    const numeric = take(g.numDate, box);
    if (numeric) {
      const [a, b] = [Number(numeric[1]), Number(numeric[3])];
      const slash = numeric[2] !== '.';
      // Chinese writes month first with a dot too (2.21); a first number over 12 is a day (20/2/2013).
      const monthFirst = w.monthFirst && (slash || lang === 'zh');
      day = monthFirst ? ymd(year(numeric[4]), a, b) : ymd(year(numeric[4]), b, a);
      if (!day && monthFirst && a > 12) day = ymd(year(numeric[4]), b, a);
      // "14.30" is no date: give the digits back to the clock.
      if (!day) untake(numeric, box, folded);
    }
  }
  if (!day) {
    // "on the 15th", "am 15ten": the next day of the month with that number.
    const alone = take(g.dayAlone, box);
    if (alone?.groups) {
      // German writes the first of the month as a noun: "am Ersten", not "am ersten Termin"; English "by the twenty-first".
      const { ow } = alone.groups;
      const d = ow
        ? (ordinalValue(ow, ORDINALS[lang] ?? {}, ow[0] ?? '') ?? 0)
        : alone.groups.first || (alone.groups.first2 && /E/.test(text.slice(alone.index, alone.index + alone[0].length)))
          ? 1
          : (cnNumber(alone.groups.d ?? alone.groups.d2 ?? '') ?? 0);
      day = ymd(today.getFullYear(), today.getMonth() + 1, d);
      if (!day || day < today) day = ymd(today.getFullYear() + (today.getMonth() === 11 ? 1 : 0), ((today.getMonth() + 1) % 12) + 1, d);
    }
  }
  // "本周末", "这个周末", "下周末": that weekend's Saturday ("周末前" is before it).
  const zhWeekend = !day && lang === 'zh' && take(/(?<mod>本|这个?|這個?|下(?:个|個)?)?[周週]末(?!之?前)/gu, box);
  if (zhWeekend) {
    const saturday = addDays(today, (6 - today.getDay() + 7) % 7);
    day = addDays(saturday, zhWeekend.groups?.mod?.startsWith('下') ? 7 : 0);
  }
  // "bis Quartalsende", "bis Jahresende": the last working day of the quarter or year.
  const period = day ? undefined : take(g.periodEnd, box);
  if (period?.groups) {
    const endMonth = period.groups.q !== undefined ? Math.floor(today.getMonth() / 3) * 3 + 3 : 12;
    day = lastWorkdayOf(today, new Date(today.getFullYear(), endMonth, 0), work);
  }
  // A named day: Christmas Eve, New Year's Eve, Easter (its weekend: the last working day before Easter Sunday).
  for (const [pattern, m, d] of day ? [] : g.holidays) {
    if (!take(pattern, box)) continue;
    const on = (y: number) => (m ? new Date(y, m - 1, d) : addDays(easterSunday(y), d));
    let date = on(today.getFullYear());
    if (date < today) date = on(today.getFullYear() + 1);
    day = m === 0 && d === 0 ? lastWorkdayOf(addDays(date, -6), addDays(date, -1), work) : date;
    break;
  }
  // "am Wochenende": its Saturday.
  if (!day && take(g.onWeekend, box)) day = addDays(today, (6 - today.getDay() + 7) % 7 || 7);
  // "by the weekend": the last working day before Saturday.
  if (!day && take(g.weekend, box)) {
    const saturday = addDays(today, (6 - today.getDay() + 7) % 7 || 7);
    day = lastWorkdayOf(today, addDays(saturday, -1), work);
  }
  if (!day && take(g.afterWeekend, box)) day = workdayFrom(addDays(today, 7 - ((today.getDay() + 6) % 7)), work);
  if (!day && lang === 'zh' && take(/大[后後]天/gu, box)) day = addDays(today, 3);
  if (!day && take(g.dayAfter, box)) day = addDays(today, 2);
  if (!day && take(g.tomorrow, box)) day = addDays(today, 1);
  const lastDay = !day && take(g.lastDay, box);
  if (lastDay) {
    const m = lastDay.groups?.mon ? monthIndex(lastDay.groups.mon) : today.getMonth() + 1;
    let y = today.getFullYear();
    if (new Date(y, m, 0) < today) y++;
    day = new Date(y, m, 0);
  }
  const isoWeek = !day && take(g.isoWeek, box);
  if (isoWeek) {
    const n = Number(isoWeek.groups?.n);
    let monday = isoMonday(today.getFullYear(), n);
    if (addDays(monday, 6) < today) monday = isoMonday(today.getFullYear() + 1, n);
    // "fredag i uke 9": that weekday of the week; the week alone is due on its last working day.
    const weekday = n >= 1 && n <= 53 ? take(g.weekday, box) : undefined;
    const target = weekday ? w.weekdays.findIndex((d) => new RegExp(`^(?:${d})(?![\\p{L}])`, 'u').test(weekday.groups?.wd ?? '')) : -1;
    if (n >= 1 && n <= 53) day = target >= 0 ? addDays(monday, (target + 6) % 7) : lastWorkdayOf(monday, addDays(monday, 6), work);
  }
  if (!day) {
    const weekday = take(g.weekday, box);
    if (weekday) {
      const target = w.weekdays.findIndex((d) =>
        new RegExp(`^(?:${d})${lang === 'zh' ? '' : '(?![\\p{L}])'}`, 'u').test(weekday.groups?.wd ?? ''),
      );
      const after = box.text.slice(weekday.index + weekday[0].length);
      g.weekdayTail.lastIndex = 0;
      const tail = g.weekdayTail.exec(after);
      const modifier = weekday.groups?.mod ?? tail?.groups?.mod;
      if (tail) take(new RegExp(escapeRegExp(tail[0].trimEnd()), 'u'), box);
      // Greek "την ερχόμενη Παρασκευή" (the coming Friday) is the next one to come; "μεθεπόμενη" the one a week after next week's.
      if (target >= 0)
        day =
          lang === 'el' && /^ερχομεν/.test(modifier ?? '')
            ? weekdayDate(today, target, undefined, w)
            : addDays(weekdayDate(today, target, modifier, w), AFTER_NEXT.test(modifier ?? '') ? 7 : 0);
      if (lang === 'zh' && day) {
        // "下下周一": a week after next week's; "本周一" said on a Tuesday has gone by.
        if (box.text[weekday.index - 1] === '下') day = addDays(day, 7);
        const thisWeek = modifier && new RegExp(`^(${w.this})$`, 'u').test(modifier);
        if (thisWeek && (target + 6) % 7 < (today.getDay() + 6) % 7) return 'past';
      }
      // "Thu 15th", "Do., den 15.": the next 15th that is a Thursday (a month with no weekday says nothing more).
      const dom = target >= 0 && !modifier && /^(en|de|no)$/.test(lang) ? DAY_OF_MONTH_AFTER.exec(after) : null;
      const matching = dom ? nextDayOfMonthOn(today, Number(dom[1]), target) : undefined;
      if (dom && matching) {
        take(new RegExp(escapeRegExp(dom[0].trim()), 'u'), box);
        day = matching;
      }
      // "Friday after next", "übernächsten Freitag": a week on from the next one.
      const before = box.text.slice(Math.max(0, weekday.index - 14), weekday.index);
      if (day && (/^\s*(after next|nach dem nachsten)/.test(after) || /ubernachste\S*\s*$/.test(before))) {
        take(/after next|nach dem nachsten|ubernachste\S*/u, box);
        day = addDays(weekdayDate(today, target, undefined, w), 7);
      }
    }
  }
  if (!day) {
    const week = take(g.week, box);
    if (week) {
      // "übernächste Woche", "μεθεπόμενη εβδομάδα", "下下周": the week after next.
      const afterNextWord = !!w.afterNext && new RegExp(`^(${w.afterNext})$`, 'u').test(week.groups?.mod ?? '');
      const next = afterNextWord || new RegExp(`^(${w.next})$`, 'u').test(week.groups?.mod ?? '');
      const afterNext =
        afterNextWord || AFTER_NEXT.test(week.groups?.mod ?? '') || (lang === 'zh' && next && box.text[week.index - 1] === '下');
      const monday = addDays(today, -((today.getDay() + 6) % 7) + (afterNext ? 14 : next ? 7 : 0));
      day = lastWorkdayOf(next ? monday : today, addDays(monday, 6), work);
    }
  }
  if (!day) {
    const month = take(g.month, box);
    if (month) {
      const next = new RegExp(`^(${w.next})$`, 'u').test(month.groups?.mod ?? '');
      const afterNext = AFTER_NEXT.test(month.groups?.mod ?? '') || (lang === 'zh' && next && box.text[month.index - 1] === '下');
      const first = new Date(today.getFullYear(), today.getMonth() + (next ? 1 : 0) + (afterNext ? 1 : 0), 1);
      day = lastWorkdayOf(next ? first : today, new Date(first.getFullYear(), first.getMonth() + 1, 0), work);
    }
  }
  if (!day) {
    const month = take(g.monthAlone, box);
    if (month) {
      const m = month.groups?.mo ? (cnNumber(month.groups.mo) ?? 0) : monthIndex(month.groups?.mon ?? '');
      if (m) {
        // "in June 2014", "im November 2014": that year's; with no year, the next to end.
        let first = new Date(year(month.groups?.y) ?? today.getFullYear() + (month.groups?.next ? 1 : 0), m - 1, 1);
        if (!month.groups?.y && !month.groups?.next && new Date(first.getFullYear(), m, 0) < today)
          first = new Date(today.getFullYear() + 1, m - 1, 1);
        day = lastWorkdayOf(first < today ? today : first, new Date(first.getFullYear(), first.getMonth() + 1, 0), work);
      }
    }
  }
  // "by the end of the year", "end of Q1", "end of next quarter": its last working day.
  const yearEnd = !day && take(g.yearEnd, box);
  if (yearEnd && yearEnd.groups !== undefined) {
    const { next, y, q, nq } = yearEnd.groups;
    let endMonth: Date;
    if (q !== undefined) {
      endMonth = new Date(today.getFullYear(), Number(q) * 3 - 1, 1);
      if (new Date(endMonth.getFullYear(), endMonth.getMonth() + 1, 0) < today)
        endMonth = new Date(today.getFullYear() + 1, Number(q) * 3 - 1, 1);
    } else if (y !== undefined || next !== undefined || !/quarter/.test(yearEnd[0]))
      endMonth = new Date(y ? Number(y) : today.getFullYear() + (next ? 1 : 0), 11, 1);
    else endMonth = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3 + 2 + (nq ? 3 : 0), 1);
    const last = new Date(endMonth.getFullYear(), endMonth.getMonth() + 1, 0);
    day = lastWorkdayOf(endMonth < today ? today : endMonth, last, work);
  }
  if (closest?.groups && day) {
    // "the closest Monday to Oct 5th": that weekday nearest the day read, the second nearest for "second closest".
    const target = w.weekdays.findIndex((d) => new RegExp(`^(?:${d})$`, 'u').test(closest.groups?.wd ?? ''));
    const k = /^(second|2nd)$/.test(closest.groups.k ?? '') ? 2 : /^(third|3rd)$/.test(closest.groups.k ?? '') ? 3 : 1;
    const around: Date[] = [];
    for (let d = 0; d < 21 && target >= 0; d++)
      for (const c of d ? [addDays(day, d), addDays(day, -d)] : [day]) if (c.getDay() === target) around.push(c);
    day = around[k - 1] ?? day;
  }
  const todayNamed = !day && take(g.today, box);
  if (todayNamed) day = today;
  // "明年3月底", "明年的今天": next year's.
  if (lang === 'zh' && day && day.getFullYear() === today.getFullYear() && inFolded(/明年/gu, folded, box))
    day = new Date(day.getFullYear() + 1, day.getMonth(), day.getDate());

  // The time of that day.
  let minutes: number | undefined;
  const business = take(g.endOfBusiness, box);
  let openingToday = false;
  const first = !business && (take(g.firstThing, box) ?? inFolded(g.firstThing, folded, box));
  if (business) minutes = work.end;
  else if (first) minutes = work.start;
  if ((business || first) && !day) {
    // "first thing" alone is the next opening: today's when written before it on a working day.
    const beforeOpening = work.days.includes(today.getDay()) && ref < today.getTime() + work.start * MINUTE;
    const from = first && !todayNamed && !beforeOpening ? addDays(today, 1) : today;
    day = workdayFrom(from, work);
    openingToday = !!first && !todayNamed && beforeOpening;
    if (business && day.getTime() + work.end * MINUTE <= ref) day = workdaysAfter(ref, 1, work);
  } else if ((business || first) && day) day = workdayFrom(day, work);

  // A part of the day is read on the whole text ("tonight" is a day and a part; "8 tonight" a clock and a part).
  let part: [number, boolean] | undefined;
  for (const [pattern, h, pm] of g.parts) {
    pattern.lastIndex = 0;
    const m = pattern.exec(folded);
    if (m) {
      part = [h, pm];
      box.spans.push({ start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  let zoneShift = 0;
  if (minutes === undefined || first) {
    // "first thing tomorrow … by 11am": the clock time said wins.
    const clock = readClock(box, g, lang);
    if (clock) {
      minutes = clockMinutes(clock, part);
      if (minutes === undefined) return undefined;
      g.zone.lastIndex = 0;
      const zone = g.zone.exec(box.text.slice(clock.end));
      if (zone) {
        const own = options.offset ?? -new Date(ref).getTimezoneOffset();
        // "UTC+2", "GMT-5:30": the named zone moved by the offset written after it.
        const { sign, zh: zoneHours, zm } = zone.groups ?? {};
        const moved = sign ? (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zm ?? 0)) : 0;
        const z = zone.groups?.z ?? '';
        const us = US_ZONES[z];
        const named = us ? zoneOffset(us, atMinutes(day ?? today, minutes)) : ZONES[z];
        zoneShift = own - ((named ?? own) + moved);
      } else if (g.zoneName) {
        // "στις 3 μ.μ. ώρα Ελλάδας", "15 Uhr deutscher Zeit", "kl. 15 norsk tid": the place's offset on that day (its summer time included).
        g.zoneName.lastIndex = 0;
        const named = g.zoneName.exec(box.text.slice(clock.end));
        const i = named ? Object.entries(named.groups ?? {}).find(([, v]) => v !== undefined)?.[0] : undefined;
        const zoneId = i ? w.zoneNames?.[Number(i.slice(1))]?.[1] : undefined;
        const at = zoneId ? zoneOffset(zoneId, atMinutes(day ?? today, minutes ?? 0)) : undefined;
        if (named && at !== undefined) {
          const own = options.offset ?? -new Date(ref).getTimezoneOffset();
          zoneShift = own - at;
          box.spans.push({ start: clock.end, end: clock.end + named[0].length });
        }
      } else if (lang === 'zh') {
        // Chinese names the zone before the time: "北京时间下午3点", "UTC 18:00", "下午3点（GMT+8）".
        const named = zhZone(folded);
        if (named !== undefined) zoneShift = (options.offset ?? -new Date(ref).getTimezoneOffset()) - named;
      }
    } else if (part && minutes === undefined) {
      minutes = part[0] * 60;
      dayDefault = part[0];
    }
  }

  if (recentPast && day && day.getFullYear() > today.getFullYear() && !(lang === 'zh' && /明年/u.test(folded))) return 'past';
  if (!day && minutes === undefined) return undefined;
  if (!box.spans.length || (day && Number.isNaN(day.getTime()))) return undefined;
  let due = atMinutes(day ?? today, minutes ?? dayDefault * 60) + zoneShift * MINUTE;
  // A time alone already past today is tomorrow's; a weekday or date is never today gone by.
  if ((!day || openingToday) && due <= ref)
    due = atMinutes(openingToday && day ? workdaysAfter(ref, 1, work) : addDays(today, 1), minutes ?? dayDefault * 60) + zoneShift * MINUTE;
  return Number.isFinite(due) ? result(due) : undefined;
}

/** The day "3月的第一个周一", "本月最后一个周五", "下个月的最后一天", "3月第一个工作日" name. */
function zhNthOfMonth(groups: Record<string, string | undefined>, today: Date, work: WorkingTime, w: DeadlineWords): Date | undefined {
  const { mo, mod, o, last, wd, workday } = groups;
  let month: Date;
  if (mo) {
    const m = cnNumber(mo) ?? 0;
    if (m < 1 || m > 12) return undefined;
    month = new Date(today.getFullYear() + (groups.y === '明年' ? 1 : 0), m - 1, 1);
    if (!groups.y && new Date(month.getFullYear(), m, 0) < today) month = new Date(today.getFullYear() + 1, m - 1, 1);
  } else month = new Date(today.getFullYear(), today.getMonth() + (mod?.startsWith('下') ? 1 : 0), 1);
  const end = new Date(month.getFullYear(), month.getMonth() + 1, 0);
  const fits = (d: Date) =>
    workday ? isWorkday(d, work) : wd ? w.weekdays.findIndex((p) => new RegExp(`^(?:${p})$`, 'u').test(wd)) === d.getDay() : true;
  if (last) {
    for (let d = end; d >= month; d = addDays(d, -1)) if (fits(d)) return d;
    return undefined;
  }
  let n = cnNumber(o ?? '') ?? Number(o);
  for (let d = month; d <= end; d = addDays(d, 1)) if (fits(d) && --n === 0) return d;
  return undefined;
}

/** English holidays on a fixed day: [month, day]. */
const EN_HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas(?: day)?|xmas(?: day)?': [12, 25],
  'boxing day': [12, 26],
  "new year'?s eve": [12, 31],
  "new year'?s(?: day)?": [1, 1],
  "valentine'?s day": [2, 14],
  halloween: [10, 31],
};

/** "this time tomorrow", "this time next week": the same minute, a day or a week on. */
const EN_SAME_TIME = /\b(?:by |at |around )?(?:this|the same) time (?:(?<tomorrow>tomorrow)|(?<week>next week))\b/u;

/**
 * A day in the genitive after a noun that is no time or bound ("της Τρίτης" after "παραγγελία", not after
 * "τέλος", "πρωί", "μέχρι"): what the thing is, not when anything is due.
 */
const EL_DAY_ATTRIBUTE =
  /(?<=(?<![\p{L}])(?!(?:τελοσ|αρχεσ|αρχη|μεσα|μεσημερι|πρωι|πρωινο|απογευμα|βραδυ|βραδια|νυχτα|ξημερωματα|ωρα|ωρεσ|μερα|ημερα|εβδομαδα|βδομαδα|μεχρι|εωσ|ωσ|πριν|μετα|εντοσ|διαρκεια|κλεισιμο|ληξη)\s)\p{L}{3,}\s+)(?:τησ|του)\s+(?:(?:δευτερασ|τριτησ|τεταρτησ|πεμπτησ|παρασκευησ|κυριακησ|σαββατου)(?![\p{L}])|\d{1,2}(?:ησ|η)?\s+\p{L}+)/gu;

const GREETINGS =
  /(早上|上午|中午|下午|晚上)好|早安|晚安|\bgood (morning|afternoon|evening)\b|\bguten (morgen|abend)\b|\bgod (morgen|kveld|ettermiddag)\b|\bdobre rano\b|\bdobry vecer\b|\bκαλημερα\b|\bκαλησπερα\b/gu;

/** `text` with its greetings ("Guten Abend", "早上好") blanked, offsets kept: for a parser that would read them as a time. */
export function withoutGreetings(text: string): string {
  let out = text;
  for (const m of fold(text).matchAll(GREETINGS)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}

/** Languages whose written times with minutes are the 24-hour clock's. */
const CLOCK_24 = new Set(['de', 'no', 'sk']);

/** A day of the month right after a weekday, written as a day ("15th", "den 15."), not as a clock time. */
const DAY_OF_MONTH_AFTER = /^\s*,?\s*(?:the\s+|den\s+)?(\d{1,2})(?:st|nd|rd|th|\.)(?![\d\p{L}])/u;

/** "heute", "morgen", "übermorgen" right before a span, and how many days on it is. */
function dayBefore(before: string, g: Grammar): { at: number; days: number } | undefined {
  for (const [words, days] of [
    [g.w.dayAfter, 2],
    [g.w.tomorrow, 1],
    [g.w.today, 0],
  ] as const) {
    const m = new RegExp(`(?:^|[^\\p{L}])(${words})\\s+$`, 'u').exec(before);
    if (m) return { at: m.index + m[0].search(/\p{L}/u), days };
  }
  return undefined;
}

/** A match on the whole folded text (a phrase around a day already read, "hneď zajtra ráno"), its span kept. */
function inFolded(pattern: RegExp, folded: string, box: { spans: Span[] }): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(folded);
  if (m) box.spans.push({ start: m.index, end: m.index + m[0].length });
  return m ?? undefined;
}

/** The hour a part of the day named in `text` means ("noon", "Mittag", "中午"), for a day chrono read with no time. */
export function partOfDay(text: string, lang: string): number | undefined {
  const folded = fold(text);
  return grammar(lang)?.parts.find(([pattern]) => {
    pattern.lastIndex = 0;
    return pattern.test(folded);
  })?.[1];
}

/** A clock time's minutes after midnight: am/pm, a part of the day that makes it afternoon, or 1–7 alone as the afternoon's. */
function clockMinutes(clock: Clock, part: [number, boolean] | undefined): number | undefined {
  let { h } = clock;
  const { m } = clock;
  if (clock.pm && h < 12) h += 12;
  if (clock.am && h === 12) h = 0;
  // "natt til torsdag kl. 02": a small hour in the night stays in the night.
  const night = part !== undefined && part[0] >= 22 && h <= 5;
  // A part of the day that makes an hour the afternoon's; around noon only the hours after it ("2 το μεσημέρι", not "11").
  if (!clock.pm && !clock.am && part?.[1] && h < 12 && !night && !(part[0] === 12 && h > 6)) h += 12;
  if (!clock.pm && !clock.am && !part && !clock.h24 && h >= 1 && h <= 7) h += 12;
  // "午夜十二点", "midnight 12", "στις 12 τα μεσάνυχτα", "bis 24 Uhr": the end of the day.
  if (part?.[0] === 24 && (h === 12 || h === 0) && m === 0) return 24 * 60;
  // "απόψε στις 12", "tonight at 12": twelve in the evening or night is the midnight to come.
  if (part && part[0] >= 18 && h === 12 && m === 0 && !clock.am && !clock.pm) return 24 * 60;
  if (h === 24 && m === 0) return 24 * 60;
  if (h > 23 || m > 59) return undefined;
  return h * 60 + m;
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A weekday from today: the next one to come; "next" the one of next week; "this" the one of this week if still ahead. */
function weekdayDate(today: Date, target: number, modifier: string | undefined, w: DeadlineWords): Date {
  const ahead = (target - today.getDay() + 7) % 7 || 7;
  if (!modifier) return addDays(today, ahead);
  if (new RegExp(`^(${w.next})$`, 'u').test(modifier)) {
    // Monday-based weeks: the target day in the week after this one.
    const monday = addDays(today, -((today.getDay() + 6) % 7) + 7);
    return addDays(monday, (target + 6) % 7);
  }
  const monday = addDays(today, -((today.getDay() + 6) % 7));
  const inWeek = addDays(monday, (target + 6) % 7);
  // Slovak "najbližší utorok" said on a Tuesday is the one to come, not today.
  if (inWeek.getTime() === today.getTime() && /^najblizs/.test(modifier)) return addDays(today, 7);
  return inWeek >= today ? inWeek : addDays(today, ahead);
}

/**
 * "Beginning of next week", "mid March", "Anfang nächsten Monats", "下周初", "3月中旬": the last working
 * day of its first or middle part (a week's Monday–Wednesday or Wednesday–Friday, a month's 1st–10th or 11th–20th).
 */
function phaseOf(
  m: RegExpExecArray | undefined,
  today: Date,
  work: WorkingTime,
  w: DeadlineWords,
  monthIndex: (name: string) => number,
): Date | undefined {
  if (!m?.groups) return undefined;
  const { begin, mod, week, mon, mo, y, end } = m.groups;
  // 周末 is the weekend, not a week's end.
  if (week !== undefined && end !== undefined && /[周週]/u.test(m[0])) return undefined;
  const afterNext = !!mod && !!w.afterNext && new RegExp(`^(${w.afterNext})$`, 'u').test(mod);
  const next = afterNext || (!!mod && new RegExp(`^(${w.next})$`, 'u').test(mod));
  // A week's beginning is Monday–Wednesday, its middle Wednesday–Friday, its end ("late next week") Thursday–Friday.
  const [from, to] = begin !== undefined ? [0, 2] : end !== undefined ? [3, 4] : [2, 4];
  if (week !== undefined) {
    let monday = addDays(today, -((today.getDay() + 6) % 7) + (afterNext ? 14 : next ? 7 : 0));
    if (addDays(monday, to) < today) monday = addDays(monday, 7);
    const start = addDays(monday, from);
    return lastWorkdayOf(start < today ? today : start, addDays(monday, to), work);
  }
  const [dFrom, dTo] = begin !== undefined ? [1, 10] : end !== undefined ? [21, 31] : [11, 20];
  const named = mon ? monthIndex(mon) : mo ? (cnNumber(mo) ?? 0) : 0;
  let first: Date;
  if (named) {
    first = new Date(y ? Number(y) : today.getFullYear(), named - 1, 1);
    if (!y && new Date(first.getFullYear(), named - 1, dTo) < today) first = new Date(today.getFullYear() + 1, named - 1, 1);
  } else {
    first = new Date(today.getFullYear(), today.getMonth() + (next ? 1 : 0), 1);
    if (!next && new Date(first.getFullYear(), first.getMonth(), dTo) < today)
      first = new Date(today.getFullYear(), today.getMonth() + 1, 1);
  }
  const start = new Date(first.getFullYear(), first.getMonth(), dFrom);
  const last = Math.min(dTo, new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate());
  return lastWorkdayOf(start < today ? today : start, new Date(first.getFullYear(), first.getMonth(), last), work);
}

/** Ordinal day words next to a month name written as digits, padded to their length so offsets hold: "tredje mars" → "3.     mars". */
function ordinalsToDigits(folded: string, text: string, g: Grammar, lang: string): string {
  const table = ORDINALS[lang];
  if (!table) return folded;
  let out = folded;
  for (const pattern of [g.ordinalBefore, g.ordinalAfter]) {
    if (!pattern) continue;
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      // Greek "Τετάρτη" (Wednesday) folds to "τέταρτη" (fourth): the accent, or an ordinal before it ("πρώτη Τετάρτη"), says the weekday.
      // So are Δευτέρα, Τρίτη and Πέμπτη after an ordinal ("πρώτη Δευτέρα του Μαρτίου", "τρίτη Πέμπτη του Μαρτίου").
      if (
        lang === 'el' &&
        ((match === 'τεταρτη' && /άρ/i.test(text.slice(offset, offset + 7))) ||
          (/^(δευτερα|τριτη|τεταρτη|πεμπτη)$/.test(match) &&
            /(πρωτη|δευτερη|τριτη|τεταρτη|πεμπτη|τελευταια)\s+$/u.test(out.slice(0, offset))))
      )
        return match;
      const n = ordinalValue(match, table, text.slice(offset, offset + 1));
      return n === undefined ? match : `${n}.`.padEnd(match.length, ' ');
    });
  }
  return out;
}

function ordinalValue(word: string, table: Record<string, number>, firstLetter: string): number | undefined {
  // Folded, Norwegian "åttende" (8th) and "attende" (18th) are one word: the letter written tells them apart.
  if (word === 'attende') return /[åÅ]/.test(firstLetter) ? 8 : 18;
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  const key = keys.find((k) => new RegExp(`^(?:${k})\\p{L}{0,4}$`, 'u').test(word));
  return key === undefined ? undefined : table[key];
}

/**
 * Greek names when something happened by a past verb right before the time: "η παραγγελία που κάνατε το
 * Σάββατο", "η χρέωση που έγινε στις 28 Ιανουαρίου", "γιατί το δέμα δεν έφτασε την Παρασκευή", "που είχατε
 * κάνει την Κυριακή". A past verb (aorist or imperfect: -ατε, -αμε unaccented, -ηκε, -αν, a third person in
 * -ε; or a pluperfect, είχε + verb) then the time is when it was done, not a deadline. After "θα" the same
 * forms are a conditional ("θα μπορούσαμε"), not a past, and are left alone.
 */
const EL_PAST_CLAUSE =
  /(?<![\p{L}])(?<fut>θα\s+(?:(?:μας|σας|μου|το|τα|την|τον|τουσ)\s+)*)?(?<plu>ειχ(?:α|εσ|ε|αμε|ατε|αν|ανε)\s+)?(?<v>\p{L}{3,})\s+(?:(?:την|τη|το|τον|τισ|στισ|στο|στην|στη|στα|στον|σημερα|γυρω|περιπου|απο)\s+)*(?=\d|κυρ|δευτερ|τριτ|τεταρτ|πεμπτ|παρασκ|σαββ|ιαν|γεναρ|φεβ|φλεβ|μαρτ|απριλ|μαι|μαη|ιουν|ιουλ|αυγ|σεπτ|οκτ|νοε|νοεμ|δεκ|πρωι|μεσημερι|απογευμα|βραδυ)/gu;
/** Greek counts as the first part of a compound ("τετρά-ωρο", "δεκαπενθ-ήμερο"), longest first. */
const EL_COMPOUND_COUNTS: [string, number][] = [
  ['σαρανταοκτα', 48],
  ['εικοσιτετρα', 24],
  ['δεκαπενθ', 15],
  ['δωδεκα', 12],
  ['δεκα', 10],
  ['οκτα|οχτα', 8],
  ['επτα|εφτα', 7],
  ['εξα', 6],
  ['πεντα|πενθ', 5],
  ['τετρα', 4],
  ['τρι', 3],
  ['δι', 2],
];
const EL_COMPOUND_SPAN = unicodeWords(
  new RegExp(
    `(?:(?:εντοσ|μεσα σε|σε)\\s+(?:ενα\\s+)?|(?<half>πρωτο|δευτερο)\\s+)(?<n>\\d{1,3}|${EL_COMPOUND_COUNTS.map(([p]) => p).join('|')})(?<u>ωρο|ωρου|ημερο|ημερου)(?![\\p{L}])(?:\\s+του\\s+(?<mon>\\p{L}{3,12}))?`,
    'gu',
  ),
);
/** Aorist passives of booking, setting and moving: a schedule for the customer. */
const EL_SCHEDULED = /^(οριστηκ|κλειστηκ|προγραμματιστηκ|κανονιστηκ|μετατεθηκ|μεταφερθηκ|επιβεβαιωθηκ)/u;
/** Words in -ε or -αν that are no past verb. */
const EL_NOT_VERBS = /^(αποψε|τοτε|ποτε|οποτε|ωστε|ουτε|οταν|σαν|καν|καφε|μπλε)$/u;
function greekPastClause(folded: string, text: string): boolean {
  EL_PAST_CLAUSE.lastIndex = 0;
  for (let m = EL_PAST_CLAUSE.exec(folded); m; m = EL_PAST_CLAUSE.exec(folded)) {
    if (m.groups?.fut !== undefined) continue;
    if (m.groups?.plu !== undefined) return true;
    const verb = m.groups?.v ?? '';
    if (EL_NOT_VERBS.test(verb)) continue;
    const at = m.index + m[0].lastIndexOf(verb, m[0].length - 1);
    const written = text.slice(at, at + verb.length);
    // Present forms end -ει, -ετε, -ειτε, -ουμε, -στε, -ουν; a contracted present is accented on its ending (ζητάτε, ζητάμε).
    // What was booked, set or moved for the customer is scheduled, not done ("ορίστηκε για", "κλείστηκε την Παρασκευή").
    if (EL_SCHEDULED.test(verb)) continue;
    if (/ηκ(ε|αν|ατε|αμε|ες)$/.test(verb)) return true;
    if (/(ατε|αμε)$/.test(verb) && !/ά(τε|με)$/.test(written)) return true;
    if (/ανε?$/.test(verb)) return true;
    // A third person past is stressed before its ending (έφερε, έκανε); a noun stressed on its last ε is none (καναπέ, καφέ).
    if (/ε$/.test(verb) && !/(ετε|ειτε|ουμε|στε|ατε|αμε)$/.test(verb) && !/έ$/u.test(written)) return true;
  }
  return false;
}

function pastIn(folded: string, past: RegExp, lang: string): boolean {
  past.lastIndex = 0;
  for (let m = past.exec(folded); m; m = past.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "half past 3", "quarter past", "15 minutes past"; "the last working day of the month".
    if (
      lang === 'en' &&
      m[0] === 'past' &&
      /(half|quarter|min\w*|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty)\s*$/.test(
        before,
      )
    )
      continue;
    // "the last Friday of the month", "am letzten Werktag des Monats": the last of a month, not the one gone by.
    if (/^\s+\S+(\s+days?)?\s+(of|in|im|i|des|του|της)(\s|$)/u.test(after) && !/^\s+(week|woche)/.test(after)) continue;
    // "sist i måneden": late in the month, not the last one gone.
    if (lang === 'no' && m[0] === 'sist' && /^\s+(i|pa)\s/u.test(after)) continue;
    // "månedens siste dag": the month's last day, not the last one gone.
    if (/manedens\s*$/u.test(before)) continue;
    // "the last week of September 2014": a week named by its month, not the week before this one.
    if (/^\s+(week|woche|uke)\S*\s+(of|in|im|i)\s+(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])/u.test(after)) continue;
    return true;
  }
  return false;
}

interface Clock {
  h: number;
  m: number;
  am: boolean;
  pm: boolean;
  end: number;
  /** The hour written with a leading zero ("04:00"): the 24-hour clock, not the afternoon's 4. */
  h24?: boolean;
}

function readClock(box: { text: string; spans: Span[] }, g: Grammar, lang: string): Clock | undefined {
  const w = g.w;
  const isAm = (s: string | undefined) => !!s && !!w.am && new RegExp(`^(${w.am})`, 'u').test(s.trim());
  const isPm = (s: string | undefined) => !!s && !!w.pm && new RegExp(`^(${w.pm})`, 'u').test(s.trim());
  const hourWord = (s: string | undefined) => numberOf(s, w);
  const markers = (m: RegExpExecArray, marker: string | undefined, h: number, min: number): Clock => ({
    h,
    m: min,
    am: isAm(marker) || (lang === 'zh' && /凌晨|清晨|早上|上午/.test(box.text.slice(Math.max(0, m.index - 4), m.index))),
    pm: isPm(marker) || (lang === 'zh' && /下午|晚上|傍晚/.test(box.text.slice(Math.max(0, m.index - 4), m.index))),
    end: m.index + m[0].length,
  });

  // Half and quarter hours in words first: "halb 4", "kvart over 15", "pol piatej", "a quarter past 3pm".
  const words = Object.keys(w.numbers)
    .filter((k) => !['a', 'an'].includes(k))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const hourP = `(?<h>\\d{1,2}|${words}|noon|mittag|μεσημερι)`;
  const ampm = `(?:\\s*(?<ap>${alt(w.am, w.pm) || '(?!)'}))?`;
  const minuteWordsFirst = wordsOf(MINUTE_WORDS[lang]);
  const count = `(?<n>\\d{1,2}|${minuteWordsFirst ? `${minuteWordsFirst}|` : ''}${words}|zwanzig|twenty|tjue|εικοσι|dvadsat)`;
  // English "ten to four", "twenty past 3" without "minutes": only a count in words, so "from 9 to 5" stays a range.
  const enCount = `(?<n>five|ten|twenty[- ]five|twenty)`;
  const greekHalf = 'τρεισημισι|τεσσερισημισι|πεντεμισι|εξιμισι|εφταμισι|οχτωμισι|εννιαμισι|δεκαμισι|εντεκαμισι|δωδεκαμισι|μιαμισι|δυομισι';
  // [pattern, minutes: a number, or from the count (n) as past / to the hour]
  const minuteWords = wordsOf(MINUTE_WORDS[lang]);
  const b0 = '\\b';
  const forms: [string | undefined, number | 'past' | 'to' | 'el' | 'mw' | 'toHalf' | 'pastHalf'][] = [
    // "fünf vor halb vier" (3:25), "fem over halv fire" (3:35): minutes from the half hour.
    [w.half && w.minutesTo && `${count}\\s*(?:${w.minutesTo})\\s+(?:${w.half})\\s+${hourP}${ampm}`, 'toHalf'],
    [w.half && w.minutesPast && `${count}\\s*(?:${w.minutesPast})\\s+(?:${w.half})\\s+${hourP}${ampm}`, 'pastHalf'],
    [w.quarterPast && `(?:${w.quarterPast})\\s+${hourP}${ampm}`, 15],
    [w.quarterTo && `(?:${w.quarterTo})\\s+${hourP}${ampm}`, -15],
    [w.halfPast && `(?:${w.halfPast})\\s+${hourP}${ampm}`, 30],
    [w.half && `\\b(?:${w.half})\\s+${hourP}\\.?${ampm}`, -30],
    [w.minutesPast && `${count}\\s*(?:${w.minutesPast})\\s+${hourP}${ampm}`, 'past'],
    [w.minutesTo && `${count}\\s*(?:${w.minutesTo})\\s+${hourP}${ampm}`, 'to'],
    [lang === 'en' ? `${b0}${enCount}\\s+(?:to|till|before|of)\\s+${hourP}(?![\\d\\p{L}])${ampm}` : undefined, 'to'],
    [lang === 'en' ? `${b0}${enCount}\\s+(?:past|after)\\s+${hourP}(?![\\d\\p{L}])${ampm}` : undefined, 'past'],
    // East and South German "dreiviertel vier" (3:45), "viertel vier" (3:15): quarters toward the hour named.
    [lang === 'de' ? `\\b(?:drei ?viertel)\\s+${hourP}(?![\\d\\p{L}])` : undefined, -15],
    [lang === 'de' ? `\\bviertel\\s+${hourP}(?![\\d\\p{L}])` : undefined, -45],
    [lang === 'sk' ? `\\btri stvrte na\\s+${hourP}` : undefined, -15],
    [lang === 'sk' ? `\\bstvrt na\\s+${hourP}` : undefined, -45],
    [lang === 'el' ? `${hourP}\\s+(?:και|κ\\.?)\\s+(?<t>μιση|τεταρτο|\\d{1,2}|${minuteWords})(?![\\p{L}\\d])${ampm}` : undefined, 'el'],
    [lang === 'el' ? `${hourP}\\s+παρα\\s+τεταρτο${ampm}` : undefined, -15],
    // "3 και κάτι μ.μ." (some minutes past 3): the hour.
    [lang === 'el' ? `${hourP}\\s+(?:και|κ\\.?)\\s+κατι(?![\\p{L}])${ampm}` : undefined, 0],
    [lang === 'el' ? `${hourP}\\s+παρα\\s+(?<n>\\d{1,2}|${minuteWords})(?![\\p{L}\\d])${ampm}` : undefined, 'to'],
    // "seven thirty pm", "15 Uhr 20", "drei Uhr zwanzig", "tre tretti": the minutes said after the hour.
    [
      minuteWords && lang !== 'el'
        ? `(?<![\\d.:/])${hourP}(?![\\d\\p{L}])(?:\\s*(?:${w.hourWord ?? '(?!)'})\\s+(?=\\d)|\\s*(?:(?:${w.hourWord ?? '(?!)'})\\s+)?(?=\\D))(?<mw>\\d{1,2}(?![\\d:]|\\.\\d)|${minuteWords})(?![\\p{L}\\d-])${ampm}`
        : undefined,
      'mw',
    ],
    [lang === 'el' ? `(?<g>${greekHalf})${ampm}` : undefined, 'el'],
    // Norwegian "ved tretiden", "i 10-tiden": about that hour.
    [lang === 'no' ? `${hourP}-?tiden` : undefined, 0],
  ];
  // Greek "μεταξύ 10 και 12" (between 10 and 12): due by the later hour.
  if (lang === 'el') {
    const range = take(
      unicodeWords(
        new RegExp(
          `μεταξυ\\s+(?:των\\s+|τισ\\s+)?\\d{1,2}(?:[:.]\\d\\d)?\\s+(?:και|εωσ|-)\\s+(?:τισ\\s+)?(?<h>\\d{1,2})(?:[:.](?<m>\\d\\d))?(?!\\d)${ampm}`,
          'u',
        ),
      ),
      box,
    );
    if (range?.groups) return markers(range, range.groups.ap, Number(range.groups.h), Number(range.groups.m ?? 0));
  }
  for (const [source, minutes] of forms) {
    if (!source) continue;
    const m = take(unicodeWords(new RegExp(source.replaceAll('ς', 'σ'), 'iu')), box);
    if (!m?.groups) continue;
    const { h: hs, n: ns, t, g: greek, ap, mw } = m.groups;
    if (greek) {
      const stems: [string, number][] = [
        ['τρεισ', 3],
        ['τεσσερισ', 4],
        ['πεντε', 5],
        ['εξι', 6],
        ['εφτα', 7],
        ['οχτω', 8],
        ['εννια', 9],
        ['δεκα', 10],
        ['εντεκα', 11],
        ['δωδεκα', 12],
        ['μια', 1],
        ['δυο', 2],
      ];
      return markers(m, ap, stems.find(([k]) => greek.startsWith(k))?.[1] ?? 0, 30);
    }
    const h = /^(noon|mittag|μεσημερι)$/.test(hs ?? '') ? 12 : hourWord(hs);
    if (h === undefined) continue;
    if (minutes === 'mw') {
      const min = /^\d+$/.test(mw ?? '') ? Number(mw) : MINUTE_WORDS[lang]?.[mw?.replace(/\s+/g, ' ') ?? ''];
      if (min === undefined || min > 59) continue;
      return markers(m, ap, h, min);
    }
    if (minutes === 'el') {
      const min = t === 'μιση' ? 30 : t === 'τεταρτο' ? 15 : /^\d+$/.test(t ?? '') ? Number(t) : (MINUTE_WORDS.el?.[t ?? ''] ?? 0);
      return markers(m, ap, h, min);
    }
    const n =
      ns === undefined ? 0 : ((/^(zwanzig|twenty|tjue|εικοσι|dvadsat)$/.test(ns) ? 20 : (hourWord(ns) ?? MINUTE_WORDS[lang]?.[ns])) ?? 0);
    const offset =
      minutes === 'past' ? n : minutes === 'to' ? -n : minutes === 'toHalf' ? -30 - n : minutes === 'pastHalf' ? -30 + n : minutes;
    const total = (h * 60 + offset + 24 * 60) % (24 * 60);
    const clock = markers(m, ap, Math.floor(total / 60), total % 60);
    // "a quarter to 12" is 11:45 whatever its part of the day.
    return h === 12 && !ap && offset < 0 ? { ...clock, am: false } : clock;
  }

  const [colon, compact, word, zh] = g.clock;
  const c = take(colon, box);
  // "04:00" with its zero is the 24-hour clock's; German, Norwegian and Slovak write every time with
  // minutes that way ("um 7:45 Uhr" is the morning), English and Greek often do not ("at 5:30" is 17:30).
  if (c?.groups)
    return {
      ...markers(c, c.groups.ap, Number(c.groups.h), Number(c.groups.m)),
      h24: /^0\d$/.test(c.groups.h ?? '') || CLOCK_24.has(lang),
    };
  const k = take(compact, box);
  if (k?.groups)
    return {
      ...markers(k, k.groups.ap, Number(k.groups.h ?? k.groups.h2 ?? k.groups.h3), Number(k.groups.m ?? k.groups.m2 ?? k.groups.m3)),
      h24: k.groups.h3 !== undefined || /^0\d$/.test(k.groups.h2 ?? k.groups.h ?? ''),
    };
  const z = lang === 'zh' ? take(zh, box) : undefined;
  if (z?.groups) {
    const tail = z.groups.tail;
    const marks = z.groups.t5 ?? z.groups.t6;
    // A lone digit after the hour with no 分 (三點三) is Cantonese's marks too; 3:03 is written 三点零三.
    const lone = z.groups.tm && /^[一二三四五六七八九]$/.test(z.groups.tm) && !/分$/.test(tail ?? '') && !/^[过過零〇]/.test(tail ?? '');
    const min =
      tail === '半'
        ? 30
        : tail === '一刻'
          ? 15
          : tail === '三刻'
            ? 45
            : marks || lone
              ? 5 * (cnNumber(marks ?? z.groups.tm ?? '0') ?? 0)
              : (cnNumber(z.groups.tm ?? '0') ?? 0);
    // "三点差五分", "差五分三点": minutes before the hour.
    const before =
      (z.groups.tq && (z.groups.tq === '一刻' ? '15' : '45')) ??
      z.groups.tc ??
      /差(\d{1,2}|[一二三四五六七八九十]+)分?$/u.exec(box.text.slice(Math.max(0, z.index - 5), z.index))?.[1] ??
      { 一刻: '15', 三刻: '45' }[/差(一刻|三刻)$/u.exec(box.text.slice(Math.max(0, z.index - 3), z.index))?.[1] ?? ''];
    const hourOf = hourWord(z.groups.h) ?? 0;
    if (before) {
      const total = hourOf * 60 - (cnNumber(before) ?? 0);
      return markers(z, undefined, Math.floor(total / 60), total % 60);
    }
    return markers(z, undefined, hourOf, min);
  }
  const h = take(word, box);
  if (h?.groups) {
    const hour = hourWord(h.groups.h ?? h.groups.h2 ?? h.groups.h3 ?? h.groups.h4);
    if (hour !== undefined) return markers(h, h.groups.ap ?? h.groups.ap2, hour, 0);
  }
  return undefined;
}
