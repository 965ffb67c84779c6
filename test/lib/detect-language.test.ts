import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's detector, answering as CLD does on short Slovak and Norwegian text: with the
// language next door, and sure of it.
const fake = vi.hoisted(() => ({
  answer: 'cs',
  reliable: true,
  browser: {
    i18n: {
      detectLanguage: async () => ({ isReliable: fake.reliable, languages: [{ language: fake.answer, percentage: 97 }] }),
    },
  },
}));
vi.mock('../../src/lib/browser', () => ({ browser: fake.browser }));

const { detectLanguage } = await import('../../src/lib/detect-language');

describe("the customer's language in the extension", () => {
  beforeEach(() => {
    fake.reliable = true;
  });

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

  // CLD is unsure of most lines under ~60 characters, which is most of what customers write in a chat.
  describe('when the browser is unsure', () => {
    it('takes its answer where refining it names a coached language', async () => {
      fake.reliable = false;
      fake.answer = 'da';
      expect(await detectLanguage('Hvor er pakken?')).toBe('no');
      fake.answer = 'sl';
      expect(await detectLanguage('Čo sa deje?')).toBe('sk');
    });

    it('prefers the engine’s own sure guess, and leaves a language it has nothing for to the engine', async () => {
      fake.reliable = false;
      fake.answer = 'nl';
      expect(await detectLanguage('Ich weiß nicht, wo mein Paket ist.')).toBe('de');
      fake.answer = 'fr';
      expect(await detectLanguage('Colis toujours perdu ?')).toBeUndefined();
    });
  });

  it('keeps what the browser says of a language no one confuses', async () => {
    fake.answer = 'de';
    expect(await detectLanguage('Meine Bestellung ist immer noch nicht angekommen.')).toBe('de');
  });
});
