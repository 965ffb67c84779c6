import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * Written text in many languages: Chromium's own interface strings, from Debian's chromium-l10n
 * package (`apt-get install chromium-l10n`; absent, the report says so). In languages Composure
 * does not coach in they say what the seed-language guesses cost other languages (a Finnish line
 * read as Slovak gets Slovak phrases; a Danish one read as Norwegian gets Norwegian ones); in the
 * seed languages they are written text beside the subtitles' spoken lines. Danish, Swedish and
 * Czech are the neighbours a guess most often takes for Norwegian and Slovak.
 */
const DIR = '/usr/lib/chromium/locales';
export const NON_SEED = [
  'fr',
  'es',
  'it',
  'pt-PT',
  'nl',
  'pl',
  'fi',
  'hu',
  'ro',
  'hr',
  'sl',
  'lt',
  'lv',
  'et',
  'tr',
  'id',
  'ms',
  'fil',
  'sw',
  'ca',
  'af',
  'vi',
  'cs',
  'da',
  'sv',
];
/** Chromium's locale for each seed language's written strings. */
export const SEED_LOCALES: Record<string, string> = { de: 'de', el: 'el', sk: 'sk', no: 'nb', zh: 'zh-CN', en: 'en-US' };
const PER_LANGUAGE = 400;
/**
 * Each language's strings in a fixed order (by hash): the first 400 tune, the next 400 check, and
 * the rest train the neighbour-language model (npm run train:language), so no string it learnt
 * from is one it is measured on.
 */
export type StringsPart = 'tune' | 'check' | 'train';
const RANGE: Record<StringsPart, [number, number]> = {
  tune: [0, PER_LANGUAGE],
  check: [PER_LANGUAGE, 2 * PER_LANGUAGE],
  train: [2 * PER_LANGUAGE, Number.POSITIVE_INFINITY],
};

/** A pak file's strings (format 5: a header, an index of ids and offsets, then the data). */
function pakStrings(path: string): string[] {
  const data = readFileSync(path);
  if (data.readUInt32LE(0) !== 5) return [];
  const count = data.readUInt16LE(8);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = data.readUInt32LE(12 + i * 6 + 2);
    const end = data.readUInt32LE(12 + (i + 1) * 6 + 2);
    out.push(data.subarray(start, end).toString('utf8'));
  }
  return out;
}

/** Up to 400 interface strings per language not coached in (8–200 characters, no markup or placeholders), or null without the package. */
export function nonSeedLines(part: StringsPart = 'tune'): { lang: string; text: string }[] | null {
  return interfaceStrings(NON_SEED, part);
}

/** A part of the interface strings of `locales` (see RANGE), each with its locale; null without the package. */
export function interfaceStrings(locales: string[], part: StringsPart): { lang: string; text: string }[] | null {
  if (!existsSync(`${DIR}/fr.pak`)) return null;
  const hash = (t: string) => createHash('sha1').update(t).digest('hex');
  const [from, to] = RANGE[part];
  return locales.flatMap((lang) => {
    const path = `${DIR}/${lang}.pak`;
    if (!existsSync(path)) return [];
    const lines = [...new Set(pakStrings(path).map((s) => s.trim()))].filter(
      (s) => s.length >= 8 && s.length <= 200 && !/[$<{&\uFFFD]/.test(s) && /\p{L}{3}/u.test(s),
    );
    return lines
      .sort((a, b) => (hash(a) < hash(b) ? -1 : 1))
      .slice(from, to)
      .map((text) => ({ lang, text }));
  });
}
