import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * Text in languages Composure does not coach in: Chromium's own interface strings, from Debian's
 * chromium-l10n package (`apt-get install chromium-l10n`; absent, the report says so). They are
 * short, like the lines detectors get wrong, and they say what the seed-language guesses cost
 * other languages: a Finnish line read as Slovak gets Slovak phrases.
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
];
const PER_LANGUAGE = 400;

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

/** Up to 400 interface strings per language (8–200 characters, no markup or placeholders), or null without the package. */
export function nonSeedLines(): { lang: string; text: string }[] | null {
  if (!existsSync(`${DIR}/fr.pak`)) return null;
  const hash = (t: string) => createHash('sha1').update(t).digest('hex');
  return NON_SEED.flatMap((lang) => {
    const path = `${DIR}/${lang}.pak`;
    if (!existsSync(path)) return [];
    const lines = [...new Set(pakStrings(path).map((s) => s.trim()))].filter(
      (s) => s.length >= 8 && s.length <= 200 && !/[$<{&\uFFFD]/.test(s) && /\p{L}{3}/u.test(s),
    );
    return lines
      .sort((a, b) => (hash(a) < hash(b) ? -1 : 1))
      .slice(0, PER_LANGUAGE)
      .map((text) => ({ lang, text }));
  });
}
