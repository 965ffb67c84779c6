import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/engine/pack-schema';
import { greekVocative } from '../../src/engine/names/greek';
import { greeting } from '../../src/engine/names';
import { type PlaceholderValues, fillPlaceholders, slotsOf } from '../../src/engine/placeholders';

const packs: Pack[] = readdirSync('src/packs')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`src/packs/${f}`, 'utf8')));
const texts = packs.flatMap((p) =>
  (p.suggestions ?? []).flatMap((s) => Object.entries(s.text).map(([lang, text]) => ({ id: `${p.id}/${s.id}`, lang, text: String(text) }))),
);

const FULL: Required<PlaceholderValues> = {
  'customer.name': 'Maya Okafor',
  'customer.firstName': 'Maya',
  'agent.name': 'Jonas Berg',
  'agent.firstName': 'Jonas',
  'ticket.id': '4821',
  'ticket.subject': 'Invoice missing',
};
const KEYS = Object.keys(FULL) as (keyof PlaceholderValues)[];

/** Every combination of the optional values: each one there or missing. */
const combinations = Array.from({ length: 2 ** KEYS.length }, (_, bits) =>
  Object.fromEntries(KEYS.filter((_, i) => bits & (1 << i)).map((k) => [k, FULL[k]])),
);

/** What a hole left by a missing value looks like, in any language. */
const HOLES: [string, RegExp][] = [
  ['a doubled space', / {2}/],
  ['a leading comma or space', /^[\s,，、;；.。]/],
  ['a space before punctuation', / [,.!?;:，。！？]/],
  ['a comma next to a full stop', /[,，][.。!?！？]|[.。][,，]/],
  ['an unfilled placeholder', /\{(?!slot:)[^}]*\}/],
  ['a leftover optional bracket', /[[\]]/],
  ['a greeting with nothing after it', /^(Hi|Hello|Hallo|Hei|Γεια σας|Dobrý deň)[\s,]*([—-]|$)/],
  ['a name left out of "I am … and"', /\b(I'm|ich bin|jeg heter|volám sa|ονομάζομαι) (and|und|og|a|και)\b|我是，/],
];

describe('every bundled suggestion, in every language, filled with and without each optional value', () => {
  it(`covers ${texts.length} texts × ${combinations.length} combinations of values`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(28 * 6);
  });
  for (const { id, lang, text } of texts)
    it(`${id} (${lang}) never leaves a hole`, () => {
      for (const values of combinations) {
        const filled = fillPlaceholders(text, values, lang);
        for (const [what, hole] of HOLES)
          expect(hole.test(filled), `${what} in "${filled}" with ${Object.keys(values).join(', ') || 'no values'}`).toBe(false);
        expect(slotsOf(filled)).toEqual(slotsOf(text));
      }
    });
});

describe('optional parts and slots', () => {
  it('drops an optional part whose value is missing, and keeps it whole when it is there', () => {
    const text = "Hi {customer.firstName}, [I'm {agent.firstName} and ]I'll be looking after this.";
    expect(fillPlaceholders(text, {})).toBe("Hi, I'll be looking after this.");
    expect(fillPlaceholders(text, { 'agent.firstName': 'Jonas' })).toBe("Hi, I'm Jonas and I'll be looking after this.");
    expect(fillPlaceholders('{customer.firstName}您好，[我是{agent.firstName}，]接下来由我负责。', {})).toBe('您好，接下来由我负责。');
    expect(fillPlaceholders('{customer.firstName}，给您带来麻烦了。', {})).toBe('给您带来麻烦了。');
  });

  it('keeps slots for the agent to fill, and names them in order', () => {
    const text = "I'll pass your case to {slot:person}, and you'll hear from us {slot:time}.";
    expect(fillPlaceholders(text, FULL)).toBe(text);
    expect(slotsOf(text)).toEqual(['person', 'time']);
  });

  it('greets Greek customers in the vocative', () => {
    expect(greekVocative('Νίκος')).toBe('Νίκο');
    expect(greekVocative('Γιώργος')).toBe('Γιώργο');
    expect(greekVocative('Αλέξανδρος')).toBe('Αλέξανδρε');
    expect(greekVocative('Γιάννης')).toBe('Γιάννη');
    expect(greekVocative('Κώστας')).toBe('Κώστα');
    expect(greekVocative('Ελένη')).toBe('Ελένη');
    expect(greekVocative('Maya')).toBe('Maya');
    const name = { 'customer.firstName': greeting('ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ') };
    expect(fillPlaceholders('Γεια σας {customer.firstName}, ευχαριστώ.', name, 'el')).toBe('Γεια σας Νίκο, ευχαριστώ.');
    // Only Greek texts: the same name in an English text stays as written.
    expect(fillPlaceholders('Hi {customer.firstName},', name, 'en')).toBe('Hi Νίκος,');
  });

  it('puts the requester’s name in each language’s greeting form, and leaves it out when unsure', () => {
    const values = { 'customer.firstName': greeting('Müller, Hans') };
    expect(fillPlaceholders('Hi {customer.firstName}, thanks.', values, 'en')).toBe('Hi Hans, thanks.');
    expect(fillPlaceholders('Hallo {customer.firstName}, danke.', values, 'de')).toBe('Hallo Hans Müller, danke.');
    expect(fillPlaceholders('Hallo {customer.firstName}, danke.', { 'customer.firstName': greeting('Frau Anna Schmidt') }, 'de')).toBe(
      'Hallo Frau Schmidt, danke.',
    );
    expect(fillPlaceholders('{customer.firstName}您好，感谢。', { 'customer.firstName': greeting('Wang Xiaoming') }, 'zh')).toBe(
      'Wang Xiaoming您好，感谢。',
    );
    expect(fillPlaceholders('Hi {customer.firstName}, thanks.', { 'customer.firstName': greeting('john.smith@example.com') }, 'en')).toBe(
      'Hi, thanks.',
    );
  });
});

// What a suggestion may not state (a time, an offer, a reason, a fault): test/engine/sendable.test.ts.

/** What docs/style/*.md asks for and a program can check. */
describe('the style sheets, where they can be checked mechanically', () => {
  const byLang = (lang: string) => texts.filter((t) => t.lang === lang);
  it('never calls the customer’s request a ticket', () => {
    for (const t of texts) expect(t.text, t.id).not.toMatch(/\bticket\b|工单|\bTicket\b|\bsak(snummer)?\b(?=.*#)/i);
  });
  it('has no sign-off in a suggestion: the helpdesk adds the agent’s signature', () => {
    for (const t of texts)
      expect(t.text, t.id).not.toMatch(/Best regards|Viele Grüße|Mit freundlichen|Με εκτίμηση|S pozdravom|Vennlig hilsen|此致/);
  });
  it('Slovak speaks for an agent of either gender (no masculine past forms, no "sám", "rád", "istý")', () => {
    for (const t of byLang('sk')) expect(t.text, t.id).not.toMatch(/\b\p{L}+l som\b|\bsom \p{L}+l\b|\bsám\b|\brád\b|\bistý\b/u);
  });
  it('Slovak and Greek address a customer of either gender', () => {
    for (const t of byLang('sk')) expect(t.text, t.id).not.toMatch(/\bste (nahnevaný|spokojný|rozrušený)\b/);
    for (const t of byLang('el')) expect(t.text, t.id).not.toMatch(/(θυμωμένος|αναστατωμένος|ευχαριστημένος) είστε/);
  });
  it('German uses Sie throughout, and a first name only in the greeting', () => {
    for (const t of byLang('de')) {
      expect(t.text, t.id).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
      expect(t.text.replace(/^Hallo \{customer\.firstName\},/, ''), t.id).not.toMatch(/\{customer\.(firstName|name)\}/);
    }
  });
  it('one term per language for computer mode', () => {
    const all = packs.map((p) => JSON.stringify(p)).join('\n') + readFileSync('public/_locales/no/messages.json', 'utf8');
    expect(all).not.toMatch(/\bdatamodus\b/);
  });
});
