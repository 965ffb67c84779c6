import { hanName, pinyinOrder } from './chinese';
import { restoreGreekAccent } from './greek';
import type { ParsedName } from './types';

export type { ParsedName } from './types';

const MALE = new Set('mr mr. mister herr hr hr. pán p.pán κος κος. κύριος sir'.split(' '));
const FEMALE = new Set('mrs mrs. ms ms. miss frau fr. fru frk frk. frøken pani slečna κα κα. κυρία madam'.split(' '));
const FORMAL = new Set(['κ.', 'κ', 'p.', 'mx', 'mx.']);
/** Titles kept in address (German "Frau Dr. Weber") and titles dropped there (Slovak "Ing."). */
const TITLES = new Set('dr dr. prof prof. doc. ing. mgr. bc. mudr. judr. phdr. rndr. paeddr. mvdr. dipl.-ing. med. δρ δρ.'.split(' '));
const SUFFIXES = new Set('jr jr. sr sr. ii iii iv phd ph.d. phd. md mba msc bsc esq esq. csc. phd.'.split(' '));
/** Words a helpdesk shows where it has no name. */
const NO_NAME = new Set(
  (
    'customer client guest visitor user unknown anonymous lead contact support admin info team noreply no-reply sales service ' +
    'kunde kundin gast besucher unbekannt benutzer kunden kundeservice gjest besøkende ukjent bruker ' +
    'zákazník zákazníčka hosť návštevník neznámy používateľ πελάτης επισκέπτης άγνωστος χρήστης ' +
    'whatsapp facebook instagram messenger telegram sms n/a none null undefined test'
  ).split(' '),
);
const COMPANY = new Set(
  'gmbh ag kg ug ltd ltd. inc inc. llc plc corp corp. co. company as asa sa s.a. bv oy ab s.r.o. a.s. spol. αε α.ε. επε ικε'.split(' '),
);
const TWO_PEOPLE = new Set(['and', '&', 'und', 'og', 'a', 'και', '+']);
const PARTICLES = new Set('van von der den de du da di la le ten ter af zu dos del'.split(' '));

export function parseName(display: string | undefined): ParsedName | undefined {
  let text = clean(display ?? '');
  // An address, a number, or an address's local part shown as the name ("john.smith"): no name.
  if (!text || /[@\d_#]/.test(text) || /\p{L}\.\p{L}{2}/u.test(text) || !/\p{L}/u.test(text)) return undefined;
  const han = hanName(text);
  if (han) return han;
  let given: string[] = [];
  let family: string[] = [];
  // "Müller, Hans": a surname, a comma, the given names (and nothing after a second comma).
  const comma = text.split(',').map((part) => part.trim());
  const onlySuffixes = comma[1]?.split(' ').every((w) => SUFFIXES.has(w.toLowerCase()));
  if (comma.length === 2 && comma[0] && comma[1] && !onlySuffixes) text = `${comma[1]} \u0000 ${comma[0]}`;
  else if (comma.length > 1) text = comma[0] ?? '';
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => NO_NAME.has(w.replace(/[.:]$/, '')) || COMPANY.has(w) || TWO_PEOPLE.has(w))) return undefined;
  let gender: 'm' | 'f' | undefined;
  let formal = false;
  let honorific: string | undefined;
  const titles: string[] = [];
  const rest: string[] = [];
  let swapped = false;
  for (const [i, word] of words.entries()) {
    const w = lower[i] as string;
    if (word === '\u0000') swapped = true;
    else if (MALE.has(w) || FEMALE.has(w) || FORMAL.has(w)) {
      formal = true;
      gender = MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : gender;
      if (/^(mrs?|ms|miss|mx)\.?$/.test(w)) honorific = word;
    } else if (TITLES.has(w)) titles.push(recase(word));
    else if (!SUFFIXES.has(w)) (swapped ? family : rest).push(word);
  }
  if (!rest.length && !family.length) return undefined;
  const script = /\p{Script=Greek}/u.test(rest.join('') + family.join(''))
    ? 'greek'
    : /^[\p{Script=Latin}'’.-]+$/u.test([...rest, ...family].join(''))
      ? 'latin'
      : 'other';
  // Initials ("J.", "J") are not names to greet with.
  const cased = (list: string[]) => list.map((w, i) => recase(w, i > 0 || formal)).filter((w) => !/^\p{L}\.?$/u.test(w));
  if (swapped) given = cased(rest);
  else if (rest.length === 1) (formal || titles.length ? family : given).push(...cased(rest));
  else {
    const all = cased(rest);
    if (!all.length) return undefined;
    const order = script === 'latin' ? pinyinOrder(all) : undefined;
    if (order === 'ambiguous') return { full: all.join(' '), formal, gender, titles, honorific, script, ambiguous: true };
    if (order === 'family-first') [family, given] = [[all[0] as string], all.slice(1)];
    else {
      // The last word and any particle before it ("van der Berg") are the surname.
      let cut = all.length - 1;
      while (cut > 0 && PARTICLES.has((all[cut - 1] as string).toLowerCase())) cut--;
      [given, family] = [all.slice(0, cut), all.slice(cut)];
    }
  }
  if (swapped) family = cased(family);
  const parsed: ParsedName = {
    given: given[0],
    family: family.length ? family.join(' ') : undefined,
    full: (swapped || !given.length ? [...given, ...family] : rest.map((w, i) => recase(w, i > 0))).join(' '),
    formal,
    gender,
    titles,
    honorific,
    script,
  };
  if (parsed.full === '') return undefined;
  return script === 'greek' ? restoreGreekAccent(parsed) : parsed;
}

/** Drops what surrounds a name in helpdesks: an address in <>, quotes, "(Acme)", "via Zendesk", emoji. */
function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[([{][^)\]}]*[)\]}]/g, ' ')
    .replace(/\s+(via|from|fra|από|z|od)\s+.*$/i, '')
    .replace(/\s+[|/–—-]\s+.*$/, '')
    .replace(/["“”„«»]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\s.,'’&+@_#·・-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A word cased as a name is written: "MÜLLER" and "müller" → "Müller", "O'BRIEN" → "O'Brien",
 * "JEAN-PAUL" → "Jean-Paul", "MCDONALD" → "McDonald", "VAN" after a given name → "van".
 * Words written in mixed case are the person's own spelling and stay ("DeAndre", "McKay").
 */
export function recase(word: string, later = false): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) return word;
  const lower = word.toLowerCase().replace(/σ(?=$|[^\p{L}])/gu, 'ς');
  if (later && PARTICLES.has(lower)) return lower;
  return lower
    .replace(/(^|[-'’])(\p{L})/gu, (_all, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_all, c: string) => `Mc${c.toUpperCase()}`);
}
