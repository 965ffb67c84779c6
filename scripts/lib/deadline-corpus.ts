/**
 * The deadline corpora nobody here wrote the tables from, as sent replies with what a reader must
 * find in them:
 * - Duckling's time corpora, development half (`../shared/eval/dev/duckling/<lang>.jsonl` and
 *   `<lang>-past.jsonl`), each phrase wrapped in a reply in its language exactly as SOURCES.txt
 *   there says, sent at Duckling's reference time;
 * - time expressions written here from each language's grammar, with a wrapper per line
 *   (`test/corpus/deadlines/<lang>.jsonl` and `<lang>-past.jsonl`: Slovak, which Duckling lacks,
 *   and a second, independent set in German, Greek, Chinese and English);
 * - business-day and working-hours replies in six languages (`test/corpus/deadlines/business*.jsonl`).
 * Each is split once more by a hash into a tuning part (~70 %) and a check part read rarely.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EVAL_DIR } from './datasets';
import type { ReadPromise } from './read-promise';

export type Corpus = 'duckling' | 'duckling-past' | 'written' | 'written-past' | 'business';

export interface DeadlineCase {
  corpus: Corpus;
  lang: string;
  /** The time expression alone (business replies: the whole text). */
  phrase: string;
  /** The sent reply the reader sees. */
  text: string;
  /** When it was sent: ISO with its offset. */
  sent: string;
  /** What must be found: a due time inside [from, to], or none (`null`). Wall times at the sent offset, 'YYYY-MM-DDTHH:MM:SS'. */
  want: { from: string; to: string; exact: boolean } | null;
  kind: string;
  grain: string;
  /** Duckling's own flag: "disputed", "ambiguous" or "variant" (Cantonese); such lines are also reported apart. */
  note?: string;
  /** What the split hashes: examples that share it are variants of one. */
  group: string;
  family: string;
  part: 'tune' | 'check';
  /** The file it was read from (Duckling's: `duckling/<lang>.jsonl`). */
  file: string;
}

interface DucklingLine {
  lang: string;
  phrase: string;
  ref: string;
  expected: string | null;
  grain: string | null;
  kind: string;
  source: string;
  note?: string;
  window?: [string, string];
  end?: string;
  wrapper?: string;
}

interface BusinessLine {
  lang: string;
  text: string;
  sent: string;
  expected: string | null;
  grain: string | null;
  family: string;
}

/** Tuning (~70 %) or check, by an FNV-1a hash of what examples of one kind share. */
export function deadlinePart(group: string): 'tune' | 'check' {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 10 < 7 ? 'tune' : 'check';
}

/** `../shared/eval/dev/duckling` from the project, or from the checkout a worktree belongs to. */
function ducklingDir(): string {
  if (process.env.COMPOSURE_EVAL_DIR || existsSync(EVAL_DIR)) return join(EVAL_DIR, 'duckling');
  for (let dir = resolve('..'); dir !== dirname(dir); dir = dirname(dir)) {
    const found = join(dir, 'shared/eval/dev/duckling');
    if (existsSync(found)) return found;
  }
  return join(EVAL_DIR, 'duckling');
}
const DUCKLING_DIR = ducklingDir();
const OWN_DIR = resolve('test/corpus/deadlines');
export const DUCKLING_LANGS = ['en', 'de', 'el', 'no', 'zh'];
/**
 * Time expressions written here from each language's grammar by a writer who had not seen the
 * reader's tables: Slovak (which Duckling lacks) first, then German, Greek, Chinese, English and Norwegian.
 */
const WRITTEN_LANGS = ['sk', 'de', 'el', 'zh', 'en', 'no'];
/** Later sets written the same way by other writers, read as the same language's written corpus. */
const WRITTEN_MORE: Record<string, string[]> = { el: ['el-2'], zh: ['zh-2'], no: ['no-2'] };
/** Business-time replies in six languages, each file by another writer. */
const BUSINESS_FILES = ['business.jsonl', 'business-2.jsonl', 'business-3.jsonl', 'business-4.jsonl'];

function lines<T>(file: string): T[] {
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Does the phrase bring its own preposition (so the wrapper adds none)? */
const OWN_PREPOSITION: Record<string, RegExp> = {
  en: /^(at|@|on|in|by|within|before|for|around|about|after|until|till|from|during)\b/i,
  no: /^(om|i|på|innen|innenfor|før|etter|til|fra|ca\.?|cirka|omkring|rundt)(\s|$)/i,
};

/**
 * The reply a Duckling phrase is wrapped in (SOURCES.txt): where it reads naturally and gets no
 * second preposition; "within the …" for spans.
 */
export function wrapDuckling(lang: string, phrase: string, kind: string): string {
  const own = OWN_PREPOSITION[lang]?.test(phrase);
  switch (lang) {
    case 'en':
      if (kind === 'span') return `I'll get back to you within the ${phrase}.`;
      return own ? `I'll get back to you ${phrase}.` : `I will update you by ${phrase}.`;
    case 'de':
      if (kind === 'span') return `Ich melde mich innerhalb der ${phrase} bei Ihnen.`;
      return `Ich melde mich ${phrase} bei Ihnen.`;
    case 'el':
      return `Θα σας ενημερώσω ${phrase}.`;
    case 'no':
      if (kind === 'span') return `Jeg gir deg svar i løpet av de ${phrase}.`;
      return own ? `Jeg gir deg svar ${phrase}.` : `Jeg gir deg svar innen ${phrase}.`;
    case 'zh':
      return `我们会在${phrase}给您答复。`;
    default:
      throw new Error(`no wrapper for ${lang}`);
  }
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The window a line's due time must fall in, from its kind and grain. */
function windowOf(line: DucklingLine): DeadlineCase['want'] {
  const { expected, grain, kind } = line;
  if (expected === null || kind === 'none') return null;
  if (line.window) return { from: line.window[0], to: line.window[1], exact: false };
  if (line.end) return { from: expected, to: line.end, exact: false };
  if (kind === 'by') {
    // "do konca týždňa": at the latest the end named, within that last week / month / day / hour.
    return { from: shift(expected, grain ?? 'day', -1, 1), to: expected, exact: false };
  }
  switch (grain) {
    case 'day':
      return { from: `${expected.slice(0, 10)}T00:00:00`, to: `${expected.slice(0, 10)}T23:59:59`, exact: false };
    case 'month':
      return {
        from: `${expected.slice(0, 7)}-01T00:00:00`,
        to: shift(`${expected.slice(0, 7)}-01T00:00:00`, 'month', 1, -1),
        exact: false,
      };
    default:
      // hour, minute, second: the minute matches.
      return { from: `${expected.slice(0, 16)}:00`, to: `${expected.slice(0, 16)}:59`, exact: true };
  }
}

/** `wall` ('YYYY-MM-DDTHH:MM:SS') moved by `n` units of `grain`, then by `seconds`. */
function shift(wall: string, grain: string, n: number, seconds = 0): string {
  const d = new Date(`${wall}Z`);
  if (grain === 'month') d.setUTCMonth(d.getUTCMonth() + n);
  else if (grain === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
  else d.setTime(d.getTime() + n * ({ week: 7 * 86400, day: 86400, hour: 3600, minute: 60 }[grain] ?? 1) * 1000);
  d.setTime(d.getTime() + seconds * 1000);
  return d.toISOString().slice(0, 19);
}

export function loadDeadlineCases(): DeadlineCase[] {
  const out: DeadlineCase[] = [];
  for (const lang of DUCKLING_LANGS)
    for (const past of [false, true])
      for (const line of lines<DucklingLine>(join(DUCKLING_DIR, `${lang}${past ? '-past' : ''}.jsonl`)))
        out.push({
          file: `duckling/${lang}${past ? '-past' : ''}.jsonl`,
          corpus: past ? 'duckling-past' : 'duckling',
          lang,
          phrase: line.phrase,
          text: wrapDuckling(lang, line.phrase, line.kind),
          sent: line.ref,
          want: past ? null : windowOf(line),
          kind: past ? 'past' : line.kind,
          grain: line.grain ?? '',
          note: line.note?.split(':')[0],
          group: line.source,
          family: past ? 'past' : `${line.kind}/${line.grain}`,
          part: deadlinePart(line.source),
        });
  for (const lang of WRITTEN_LANGS)
    for (const base of [lang, ...(WRITTEN_MORE[lang] ?? [])])
      for (const past of [false, true]) {
        const file = `${base}${past ? '-past' : ''}.jsonl`;
        for (const line of lines<DucklingLine>(join(OWN_DIR, file))) {
          // Lines written with and without diacritics are one example: they share a part.
          const group = stripMarks(line.phrase);
          out.push({
            file,
            corpus: past ? 'written-past' : 'written',
            lang,
            phrase: line.phrase,
            text: (line.wrapper ?? '{phrase}').replace('{phrase}', line.phrase),
            sent: line.ref,
            want: past ? null : windowOf(line),
            kind: past ? 'past' : line.kind,
            grain: line.grain ?? '',
            group,
            // 'el-grammar:weekday'; the second Chinese set names the variety too: 'zh2:hk:clock'.
            family: line.source.split(':').slice(1).join(':') || line.source,
            part: deadlinePart(group),
          });
        }
      }
  for (const file of BUSINESS_FILES)
    for (const line of lines<BusinessLine>(join(OWN_DIR, file))) {
      const { expected } = line;
      const want =
        expected === null
          ? null
          : expected.length === 10
            ? { from: `${expected}T00:00:00`, to: `${expected}T23:59:59`, exact: false }
            : { from: `${expected}:00`, to: `${expected}:59`, exact: true };
      out.push({
        file,
        corpus: 'business',
        lang: line.lang,
        phrase: line.text,
        text: line.text,
        sent: line.sent,
        want,
        kind: expected === null ? 'none' : 'point',
        grain: line.grain ?? '',
        group: line.text,
        family: line.family,
        part: deadlinePart(line.text),
      });
    }
  return out;
}

export type Outcome = 'right' | 'wrong' | 'missed' | 'false';

/**
 * right: a due time inside the window (none where none is wanted); wrong: another due time;
 * missed: no promise or no due time where one is wanted; false: a promise where none is
 * (a past phrase read as a future deadline, or a reply that sets none).
 */
export function score(c: DeadlineCase, read: ReadPromise): Outcome {
  const due = read.promise?.due;
  if (!c.want) return due ? 'false' : 'right';
  if (!due) return 'missed';
  const wall = due.slice(0, 19);
  return wall >= c.want.from && wall <= c.want.to ? 'right' : 'wrong';
}
