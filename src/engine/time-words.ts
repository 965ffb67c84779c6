/**
 * The words for "when" in the languages chrono-node does not parse (Greek, Slovak, Norwegian),
 * and the few it misses in the ones it does ("end of day", "innerhalb von 24 Stunden",
 * "下班前"). Data, one table per language; `resolveTimeWords` reads any of them.
 *
 * A deadline a person writes is a day and maybe a part of it: "by tomorrow noon", "do piatku",
 * "innen fredag kl. 14". With a day and no hour it means the end of that working day (17:00).
 */
export interface TimeWords {
  today?: RegExp;
  tomorrow?: RegExp;
  dayAfter?: RegExp;
  /** Sunday first, as Date.getDay() counts. */
  weekdays?: RegExp[];
  nextWeek?: RegExp;
  /** Parts of the day, with the hour each means as a deadline. */
  parts?: [RegExp, number][];
  /** A clock time: group 1 the hour, group 2 the minutes; group 3 "pm" where the language has it. */
  clock?: RegExp;
  /** "within 24 hours", "in 2 days": group 1 the number, group 2 the unit word. */
  within?: RegExp;
  units?: [RegExp, number][];
}

/**
 * `\b` in a JavaScript pattern knows only ASCII letters: "\bübermorgen" or "vedieť\b" never
 * match. Every pattern here and in follow-ups.ts is rewritten so a word edge is any letter's.
 */
const EDGE = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
export function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\b', EDGE), pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`);
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

const TABLES: Record<string, TimeWords> = {
  en: {
    parts: [
      [/\b(end of (the )?(business |working )?day|eod|close of business|cob)\b/i, 17],
      [/\b(noon|midday|lunchtime)\b/i, 12],
      [/\bmorning\b/i, 11],
      [/\bafternoon\b/i, 17],
      [/\b(evening|tonight)\b/i, 19],
    ],
    within: /\b(?:within|in the next)\s+(\d{1,3}|an?|one|two|three|24|48)\s+(minutes?|hours?|days?|business days?|working days?)\b/i,
    units: [
      [/^min/i, MINUTE],
      [/^hour/i, HOUR],
      [/^(business|working) day/i, DAY],
      [/^day/i, DAY],
    ],
  },
  de: {
    today: /\bheute\b/i,
    tomorrow: /\bmorgen\b(?!s)/i,
    dayAfter: /\bübermorgen\b/i,
    parts: [
      [/\b(Feierabend|Ende des (Arbeits)?tages|Tagesende)\b/i, 17],
      [/\bMittag\b/i, 12],
      [/\bVormittag\b/i, 12],
      [/\bNachmittag\b/i, 16],
      [/\bAbend\b/i, 18],
    ],
    clock: /\b(\d{1,2})(?:[:.](\d\d))?\s*Uhr\b/i,
    within:
      /\b(?:innerhalb (?:von |der nächsten )?|binnen |in (?:den nächsten )?)(\d{1,3}|einer|einem|zwei|drei)\s+(Minuten?|Stunden?|Tag(?:en|e)?|Werktag(?:en|e)?)\b/i,
    units: [
      [/^min/i, MINUTE],
      [/^stund/i, HOUR],
      [/^(werk)?tag/i, DAY],
    ],
  },
  el: {
    today: /σήμερα/i,
    tomorrow: /αύριο/i,
    dayAfter: /μεθαύριο/i,
    weekdays: [/Κυριακή/i, /Δευτέρα/i, /Τρίτη/i, /Τετάρτη/i, /Πέμπτη/i, /Παρασκευή/i, /Σάββατο/i],
    nextWeek: /(την )?επόμενη εβδομάδα/i,
    parts: [
      [/(τέλος της (εργάσιμης )?ημέρας|το κλείσιμο)/i, 17],
      [/μεσημέρι/i, 12],
      [/πρωί/i, 11],
      [/απόγευμα/i, 17],
      [/βράδυ/i, 19],
    ],
    clock: /(?:στις|έως τις|ως τις|μέχρι τις)\s*(\d{1,2})(?:[:.](\d\d))?\s*(μ\.?μ\.?)?/i,
    within: /(?:εντός|μέσα σε|σε)\s+(\d{1,3}|μία|μια|ένα|δύο|τρεις)\s+(λεπτ\S*|ώρ\S*|ωρ\S*|μέρ\S*|μερ\S*|ημέρ\S*|ημερ\S*|εργάσιμ\S*)/i,
    units: [
      [/^λεπτ/i, MINUTE],
      [/^(ώρ|ωρ)/i, HOUR],
      [/^(μέρ|μερ|ημέρ|ημερ|εργάσιμ)/i, DAY],
    ],
  },
  sk: {
    today: /\bdnes\b|\bešte dnes\b/i,
    tomorrow: /\bzajtra\b/i,
    dayAfter: /\bpozajtra\b/i,
    weekdays: [
      /\bnedel[eaiu]\b/i,
      /\bpondel(ok|ka|ku)\b/i,
      /\butor(ok|ka|ku)\b/i,
      /\bstred[auy]\b/i,
      /\bštvrt(ok|ka|ku)\b/i,
      /\bpiat(ok|ka|ku)\b/i,
      /\bsobot[auey]\b/i,
    ],
    nextWeek: /\bbudúci týždeň\b|\bbudúceho týždňa\b/i,
    parts: [
      [/\b(konca (pracovného )?dňa|koniec dňa)\b/i, 17],
      [/\bobed(a|om)?\b|\bpoludni(a|e)?\b/i, 12],
      [/\bráno\b|\bdopoludni(a|e)?\b/i, 11],
      [/\bpopoludní\b|\bpoobede\b/i, 16],
      [/\bvečer(a)?\b/i, 19],
    ],
    clock: /\b(?:o|do)\s+(\d{1,2})(?:[:.](\d\d))?\s*(?:h|hod(?:iny|ín)?)?\b(?!\s*(?:hod|dní|dn))/i,
    within: /\b(?:do|počas|v priebehu|behom|za)\s+(\d{1,3}|jednej|jedného|dvoch|troch)\s+(minút\S*|hod\S*|dn\S*|dní|pracovn\S*)/i,
    units: [
      [/^min/i, MINUTE],
      [/^hod/i, HOUR],
      [/^(dn|dní|pracovn)/i, DAY],
    ],
  },
  no: {
    today: /\bi dag\b|\bidag\b/i,
    tomorrow: /\bi morgen\b|\bimorgen\b/i,
    dayAfter: /\bi overmorgen\b/i,
    weekdays: [/\bsøndag\b/i, /\bmandag\b/i, /\btirsdag\b/i, /\bonsdag\b/i, /\btorsdag\b/i, /\bfredag\b/i, /\blørdag\b/i],
    nextWeek: /\bneste uke\b/i,
    parts: [
      [/\b(slutten av dagen|arbeidsdagens slutt|dagens slutt)\b/i, 17],
      [/\blunsj\b|\bmiddag\b/i, 12],
      [/\btidlig\b|\bformiddag(en)?\b/i, 11],
      [/\bettermiddag(en)?\b/i, 16],
      [/\bkveld(en)?\b/i, 19],
    ],
    clock: /\b(?:kl\.?|klokka|klokken)\s*(\d{1,2})(?:[:.](\d\d))?/i,
    within: /\b(?:innen|i løpet av|om)\s+(\d{1,3}|en|ett|én|to|tre)\s+(minutt\S*|time\S*|dag\S*|virkedag\S*|arbeidsdag\S*)/i,
    units: [
      [/^minutt/i, MINUTE],
      [/^time/i, HOUR],
      [/^(dag|virkedag|arbeidsdag)/i, DAY],
    ],
  },
  zh: {
    today: /今天|今日/,
    tomorrow: /明天|明日/,
    dayAfter: /后天/,
    parts: [
      [/下班前|今天结束前|当天结束前/, 18],
      [/中午/, 12],
      [/上午/, 12],
      [/下午/, 17],
      [/晚上/, 20],
    ],
    clock: /(\d{1,2})(?:[:：](\d\d)|点半?)/,
    within: /(\d{1,3}|一|两|二|三)\s*(分钟|个?小时|天|个工作日|工作日)内/,
    units: [
      [/^分/, MINUTE],
      [/小时$/, HOUR],
      [/(天|工作日)$/, DAY],
    ],
  },
};

/** Every pattern in `value` (a pattern, or lists and tables of them, at any depth) with Unicode word edges. */
export function withUnicodeEdges<T>(value: T): T {
  if (value instanceof RegExp) return unicodeWords(value) as T;
  if (Array.isArray(value)) return value.map(withUnicodeEdges) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnicodeEdges(v)])) as T;
  return value;
}

export const TIME_WORDS: Record<string, TimeWords> = withUnicodeEdges(TABLES);

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  einer: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  μία: 1,
  μια: 1,
  ένα: 1,
  δύο: 2,
  τρεις: 3,
  jednej: 1,
  jedného: 1,
  dvoch: 2,
  troch: 3,
  en: 1,
  ett: 1,
  én: 1,
  to: 2,
  tre: 3,
  一: 1,
  两: 2,
  二: 2,
  三: 3,
};

export interface ResolvedTime {
  due: number;
  /** Where in the text the deadline was said. */
  start: number;
  end: number;
}

/** The hour a part of the day named in `text` means as a deadline ("noon", "Mittag", "中午"). */
export function partOfDay(text: string, lang: string): number | undefined {
  return TIME_WORDS[lang]?.parts?.find(([part]) => part.test(text))?.[1];
}

/** The deadline `text` names in `lang`, from `ref` (epoch ms), or undefined. */
export function resolveTimeWords(text: string, lang: string, ref: number): ResolvedTime | undefined {
  const within = findWithin(text, lang, ref);
  if (within) return within;
  return resolveDay(text, lang, ref);
}

/** "within 24 hours", "do 2 dní", "两天内": a span from `ref`. */
export function findWithin(text: string, lang: string, ref: number): ResolvedTime | undefined {
  const words = TIME_WORDS[lang];
  const within = words?.within?.exec(text);
  if (!within) return undefined;
  const n = Number(within[1]) || SMALL_NUMBERS[(within[1] ?? '').toLowerCase()] || 0;
  const unit = words?.units?.find(([u]) => u.test(within[2] ?? ''))?.[1];
  return n > 0 && unit ? { due: ref + n * unit, start: within.index, end: within.index + within[0].length } : undefined;
}

function resolveDay(text: string, lang: string, ref: number): ResolvedTime | undefined {
  const words = TIME_WORDS[lang];
  if (!words) return undefined;
  const spans: [number, number][] = [];
  const find = (pattern: RegExp | undefined) => {
    const m = pattern?.exec(text);
    if (m) spans.push([m.index, m.index + m[0].length]);
    return m ?? undefined;
  };
  const span = (): Pick<ResolvedTime, 'start' | 'end'> => ({
    start: Math.min(...spans.map((s) => s[0])),
    end: Math.max(...spans.map((s) => s[1])),
  });

  const base = new Date(ref);
  let day: Date | undefined;
  if (find(words.dayAfter)) day = addDays(base, 2);
  else if (find(words.tomorrow)) day = addDays(base, 1);
  else if (find(words.today)) day = addDays(base, 0);
  else if (find(words.nextWeek)) day = addDays(base, ((8 - base.getDay()) % 7) + 0 || 7);
  else {
    const weekday = words.weekdays?.findIndex((w) => find(w)) ?? -1;
    if (weekday >= 0) day = addDays(base, (weekday - base.getDay() + 7) % 7 || 7);
  }

  let hour: number | undefined;
  let minute = 0;
  const clock = find(words.clock);
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2] ?? (clock[0].endsWith('半') ? 30 : 0)) || 0;
    if (clock[3] && hour < 12) hour += 12;
    if (hour > 23 || minute > 59) hour = undefined;
  }
  if (hour === undefined)
    for (const [part, at] of words.parts ?? [])
      if (find(part)) {
        hour = at;
        break;
      }

  if (!day && hour === undefined) return undefined;
  const at = new Date(day ?? base);
  at.setHours(hour ?? 17, minute, 0, 0);
  // A bare hour already past today means the next one ("by 10" said at 15:00 is tomorrow's 10).
  if (!day && at.getTime() <= ref) at.setDate(at.getDate() + 1);
  return { due: at.getTime(), ...span() };
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  next.setHours(0, 0, 0, 0);
  return next;
}
