import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { compilePacks } from '../../src/engine/compile';
import type { Pack } from '../../src/engine/pack-schema';
import { fillSlots, unfilledSlots } from '../../src/engine/placeholders';
import { resolvePacks } from '../../src/engine/resolve';
import { unsendableTexts, unsendableWords } from '../../src/engine/sendable';
import type { Message } from '../../src/engine/types';
import { validatePack } from '../../src/engine/validate';
import { BUNDLED_PACKS } from '../../src/packs';

const packs: Pack[] = readdirSync('src/packs')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`src/packs/${f}`, 'utf8')));

describe('every customer-facing string is sendable as it stands', () => {
  it('no bundled suggestion, alternative or step prompt states a time, offer, escalation, reason or fault, or leaves a "…"', () => {
    expect(packs.flatMap(unsendableTexts)).toEqual([]);
  });

  it('refuses a team pack written before slots', () => {
    const pack = validatePack(JSON.parse(readFileSync('test/fixtures/packs/promises-too-much.json', 'utf8')));
    if (!pack.ok) throw new Error('fixture pack invalid');
    expect(unsendableTexts(pack.pack).map((u) => `${u.where} ${u.id} ${u.lang} ${u.guard}`)).toEqual([
      'suggestion old-prepare en concession',
      'suggestion old-prepare de concession',
      'suggestion old-time-frame en time',
    ]);
  });
});

/** The texts the issue found, and others like them: each must be refused, in its language. */
const REFUSED: [lang: string, guard: string, text: string][] = [
  ['en', 'fault', 'I understand how frustrating it is to receive a faulty product and poor service.'],
  ['en', 'fault', 'It is common to feel that way when a problem takes longer than it should.'],
  ['en', 'fault', "You're right that this should have worked."],
  ['en', 'fault', 'That was our mistake, and we will make it up to you.'],
  ['en', 'unstated-time', "If we can't fix it by then, here are your options: {slot:offer}."],
  ['en', 'time', "I'll update you by 3 pm today."],
  ['en', 'time', '… within 24 hours.'],
  ['en', 'reason', 'This rule is there to protect your account.'],
  ['en', 'gap', 'What I can do is …'],
  ['en', 'fault', 'I understand how frustrating it is to receive a faulty product or poor service.'],
  ['de', 'fault', 'Ich verstehe, wie ärgerlich es ist, ein fehlerhaftes Produkt oder schlechten Service zu bekommen.'],
  ['el', 'fault', 'Καταλαβαίνω πόσο εκνευριστικό είναι να λαμβάνει κανείς ελαττωματικό προϊόν ή κακή εξυπηρέτηση.'],
  ['sk', 'fault', 'Chápem, aké nepríjemné je dostať chybný výrobok alebo zlé služby.'],
  ['no', 'fault', 'Jeg forstår hvor frustrerende det er å få et defekt produkt eller dårlig service.'],
  ['zh', 'fault', '收到有问题的产品或遇到不好的服务，这种沮丧我完全理解。'],
  ['de', 'fault', 'Wir haben einen Fehler gemacht.'],
  ['de', 'fault', 'Das war unser Fehler.'],
  ['de', 'fault', 'Sie haben recht, dass das nicht klappt.'],
  ['de', 'fault', 'Was würde es wieder gutmachen?'],
  ['de', 'fault', 'ein fehlerhaftes Produkt und dazu schlechten Service'],
  ['de', 'time', 'Ich melde mich bis heute 15 Uhr.'],
  ['de', 'reason', 'Diese Regel schützt Ihr Konto.'],
  ['el', 'fault', 'Έχετε δίκιο ότι έπρεπε να λειτουργεί.'],
  ['el', 'fault', 'Ήταν δικό μας λάθος.'],
  ['el', 'fault', "όταν ένα πρόβλημα αργεί περισσότερο απ' όσο θα έπρεπε"],
  ['el', 'time', 'έως τις 3 μ.μ. σήμερα'],
  ['el', 'reason', 'Ο κανόνας αυτός προστατεύει τον λογαριασμό σας.'],
  ['sk', 'fault', 'Máte pravdu, že to malo fungovať.'],
  ['sk', 'fault', 'Je to naša chyba.'],
  ['sk', 'fault', 'keď riešenie problému trvá dlhšie, než by malo'],
  ['sk', 'time', 'Ozvem sa do 15:00 dnes.'],
  ['sk', 'reason', 'Toto pravidlo chráni váš účet.'],
  ['no', 'fault', 'Du har rett i at dette burde ha fungert.'],
  ['no', 'fault', 'Det er vår feil.'],
  ['no', 'fault', 'Hva skal til for å gjøre dette godt igjen?'],
  ['no', 'time', 'innen klokka 15 i dag'],
  ['no', 'reason', 'Denne regelen beskytter kontoen din.'],
  ['zh', 'fault', '为了弥补，我可以为您：{slot:offer}。'],
  ['zh', 'fault', '您说得对，这本该一次就解决。'],
  ['zh', 'fault', '这是我们的失误。'],
  ['zh', 'time', '今天下午三点前。'],
  ['zh', 'reason', '这项规定是为了保护您的账户。'],
  ['zh', 'unstated-time', '如果届时还无法解决，您可以选择：{slot:offer}。'],
];

/** Sendable texts close to the refused ones: an apology for the problem is not an admission. */
const SENT: [lang: string, text: string][] = [
  ['en', "I'm sorry this has been so frustrating. I'll get back to you {slot:time}, whether or not it's fixed by then."],
  ['en', 'It is common to feel that way when a problem takes longer than expected.'],
  ['en', "I understand how frustrating it is when a product or service isn't what you expected."],
  ['en', 'The reason for this rule is: {slot:reason}.'],
  ['de', 'Es tut mir leid, dass es zu diesem Problem gekommen ist. Ich melde mich {slot:time} — auch wenn es bis dahin nicht behoben ist.'],
  ['de', 'Was können wir tun, damit das für Sie wieder in Ordnung ist?'],
  ['el', 'Λυπάμαι για την ταλαιπωρία. Θα σας ενημερώσω {slot:time}, είτε έχει λυθεί ως τότε είτε όχι.'],
  ['sk', 'Veľmi ma mrzí, že nastal tento problém. Ozvem sa vám {slot:time}, aj keby to dovtedy ešte nebolo vyriešené.'],
  ['no', 'Jeg beklager bryderiet. Det er ikke din feil at du måtte vente.'],
  ['zh', '对于出现这个问题，我深表歉意。我会在{slot:time}给您进展更新，不管届时是否已经解决。'],
];

describe('the guards, per language', () => {
  for (const [lang, guard, text] of REFUSED)
    it(`${lang}: refuses ${guard} in "${text}"`, () => {
      expect(unsendableWords(text, lang).map((u) => u.guard)).toContain(guard);
    });
  for (const [lang, text] of SENT)
    it(`${lang}: lets "${text}" through`, () => {
      expect(unsendableWords(text, lang)).toEqual([]);
    });
});

describe('slots in a reply', () => {
  it("an answer's own full stop gives way to the text's", () => {
    expect(fillSlots("I'll update you {slot:time}.", { time: 'by Friday.' }, String)).toBe("I'll update you by Friday.");
    expect(fillSlots('目前我已经做了这些：{slot:action}。', { action: '重置了密码。' }, String)).toBe('目前我已经做了这些：重置了密码。');
    expect(fillSlots('The next step is {slot:next} for us', { next: 'a check.' }, String)).toBe('The next step is a check. for us');
  });

  it('names the slots still empty', () => {
    expect(unfilledSlots('Here: {slot:offer}, {slot:time}.', { offer: 'a new one' })).toEqual(['time']);
    expect(unfilledSlots('Here: {slot:offer}.', { offer: ' ' })).toEqual(['offer']);
  });
});

describe('a suggestion states nothing the thread does not support', () => {
  const compiled = compilePacks(
    resolvePacks(
      BUNDLED_PACKS,
      BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
    ).packs,
  );
  const suggested = (messages: Message[]) =>
    analyze({ helpdesk: 'test', messages }, '', compiled, { method: 'help', maxSuggestions: 30 }).suggestions.map((s) => s.id);
  const complaint = 'The invoice you sent me is wrong and I am really not happy about it. Please fix it.';

  it('a first message never gets "…still not fixed after your earlier messages"', () => {
    expect(suggested([{ role: 'customer', text: complaint }])).not.toContain('hear-restate');
  });

  it('a customer answered before and writing again does', () => {
    expect(
      suggested([
        { role: 'customer', text: 'The invoice you sent me is wrong.' },
        { role: 'agent', text: 'Thanks, we are looking into it.' },
        { role: 'customer', text: complaint },
      ]),
    ).toContain('hear-restate');
  });
});
