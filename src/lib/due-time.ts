import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as zh from 'chrono-node/zh';
import type { TimeResolver } from '../engine/follow-ups';
import { partOfDay, withoutGreetings } from '../engine/deadline';

/**
 * Deadlines in English, German and Chinese, read by chrono-node (MIT, well kept, the parser the
 * field uses). It runs in the service worker only: its ~40 kB gzip would more than double the
 * content script every agent loads on every page. The engine's own grammar (engine/deadline.ts)
 * reads first, in every language; chrono reads what it does not.
 */
const PARSERS: Record<string, { parse: typeof en.parse }> = { en, de, zh };

/** The hour a deadline with a day and no time of day means: the end of that working day. */
const END_OF_DAY = 17;

/**
 * The longest sentence chrono is given. A promise is a sentence an agent wrote, far shorter; chrono's
 * Chinese parser takes seconds on long runs of numerals (20,000 "三" before "月": 4 s), and the one
 * worker every tab shares would wait for it. The grammar still reads longer sentences.
 */
const CHRONO_MAX_CHARS = 600;

export const chronoDeadline: TimeResolver = (written, lang, ref) => {
  const parser = PARSERS[lang];
  if (!parser || written.length > CHRONO_MAX_CHARS) return undefined;
  // "Guten Abend, …" greets; it names no evening.
  const sentence = withoutGreetings(written);
  const results = parser.parse(sentence, new Date(ref), { forwardDate: true });
  const [result] = results;
  if (!result) return undefined;
  const date = result.start.date();
  let end = result.index + result.text.length;
  // "first thing tomorrow … by 11am": the day from one, the hour from the other.
  const hour = result.start.isCertain('hour') ? undefined : results.find((r) => r.start.isCertain('hour') && !r.start.isCertain('day'));
  if (hour) {
    date.setHours(hour.start.get('hour') ?? END_OF_DAY, hour.start.get('minute') ?? 0, 0, 0);
    end = hour.index + hour.text.length;
  } else if (!result.start.isCertain('hour')) {
    // "by Friday" is Friday's close of business, not chrono's implied noon; "morgen Mittag" is noon.
    date.setHours(partOfDay(sentence, lang) ?? END_OF_DAY, 0, 0, 0);
  }
  return { due: date.getTime(), start: result.index, end };
};
