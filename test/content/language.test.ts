import { describe, expect, it, vi } from 'vitest';

// The browser's detector, answering as CLD does on short Slovak and Norwegian text: with the
// language next door, and sure of it.
const fake = vi.hoisted(() => ({
  answer: 'cs',
  browser: {
    i18n: {
      detectLanguage: async () => ({ isReliable: true, languages: [{ language: fake.answer, percentage: 97 }] }),
    },
  },
}));
vi.mock('../../src/lib/browser', () => ({ browser: fake.browser }));

const { detectLanguage } = await import('../../src/content/language');

describe("the customer's language in the extension", () => {
  it('is Slovak when the browser says Czech of a Slovak message', async () => {
    fake.answer = 'cs';
    expect(await detectLanguage('Už tretíkrát píšem, objednávka stále neprišla a nikto mi neodpovedá.')).toBe('sk');
  });

  it('is Norwegian when the browser says Danish (or Bokmål) of a Norwegian message', async () => {
    fake.answer = 'da';
    expect(await detectLanguage('Jeg har ikke fått pakken ennå, og ingen svarer meg.')).toBe('no');
    fake.answer = 'nb';
    expect(await detectLanguage('Jeg vil ha pengene tilbake nå.')).toBe('no');
  });

  it('keeps what the browser says of a language no one confuses', async () => {
    fake.answer = 'de';
    expect(await detectLanguage('Meine Bestellung ist immer noch nicht angekommen.')).toBe('de');
  });
});
