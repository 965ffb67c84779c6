import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { detectSignals } from '../../src/engine/detect';
import { greekPhraseSkeleton, greeklishSkeletons } from '../../src/engine/greeklish';
import { guessLanguage, refineLanguage } from '../../src/engine/language';
import { normalizeText } from '../../src/engine/normalize';
import { resolvePacks } from '../../src/engine/resolve';
import { BUNDLED_PACKS } from '../../src/packs';

// Messages written for these tests, not taken from the support corpus.
describe('Greek in Latin letters is read as Greek', () => {
  it.each([
    // visual style: 8 for θ, w for ω, h for η
    'kalhmera, 8elw na mou peite pote 8a erthei to dema',
    'eyxaristw poly gia thn voh8eia sas',
    // phonetic style
    'kalimera, thelo na akyroso tin paraggelia mou',
    'giati den apantate? exo steilei idi tria email',
  ])('"%s" → el (reliably, from its own words)', (text) => {
    expect(guessLanguage(text)).toEqual({ language: 'el', reliable: true });
  });

  it.each([
    ['sv', 'ok to vrhka, eyxaristw!'],
    ['it', 'pote 8a mou apanthsete?'],
    ['id', 'parakalw apanthste mou'],
  ])('a detector’s %s for "%s" is overturned to el', (detected, text) => {
    expect(refineLanguage(detected, text)).toBe('el');
  });

  it.each([
    ['en', 'Order 8812 shipped on the 3rd, 8am delivery window, mp3 attached'],
    ['en', 'How do I get to the new office? I saw the show last week'],
    ['it', 'Ti ho già detto che la consegna è in ritardo'],
    ['sk', 'Dobrý deň, na objednávku čakám už týždeň'],
    ['no', 'Hei, jeg har ikke fått pakken min ennå'],
    ['de', 'Den Vertrag habe ich schon gekündigt'],
  ])('other languages keep the detector’s %s: "%s"', (detected, text) => {
    expect(refineLanguage(detected, text)).toBe(detected);
  });
});

describe('Greeklish skeletons', () => {
  const skeleton = (text: string) => greeklishSkeletons(normalizeText(text)).map((s) => s.text);
  it('reduce Greek phrases and both Greeklish spellings to the same letters', () => {
    const greek = greekPhraseSkeleton(normalizeText('Θέλω να ακυρώσω'));
    expect(skeleton('8elw na akyrwsw')).toContain(greek);
    expect(skeleton('thelo na akiroso')).toContain(greek);
    expect(greekPhraseSkeleton(normalizeText('ευχαριστώ'))).toBe(skeleton('efxaristo')[0]);
    expect(greekPhraseSkeleton(normalizeText('ευχαριστώ'))).toBe(skeleton('eyxaristw')[0]);
  });

  it('read "th" both as θ and as τη', () => {
    expect(skeleton('thn')).toEqual(['8n', 'tin']);
    expect(skeleton('thn')).toContain(greekPhraseSkeleton(normalizeText('την')));
  });

  it('keep numbers apart from words', () => {
    const [s] = greeklishSkeletons(normalizeText('paraggelia 10293, 3 meres'));
    expect(s?.text).toBe('paragelia 10290, 0 meres');
  });
});

describe('Greeklish is matched against the Greek phrases', () => {
  const compiled = compilePacks(
    resolvePacks(
      BUNDLED_PACKS,
      BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
    ).packs,
  );
  const ids = (text: string) => detectSignals(text, compiled, 'el').map((s) => s.id);

  it('finds a cancellation in either spelling, with the customer’s own words as evidence', () => {
    for (const text of ['8elw na akyrwsw th syndromh mou', 'thelo na akiroso ti sindromi mou']) {
      const signal = detectSignals(text, compiled, 'el').find((s) => s.id === 'cancel-request');
      expect(signal, text).toBeDefined();
      const shown = (signal?.evidence ?? []).map((e) => text.slice(e.start, e.end));
      expect(shown[0]).toMatch(/^(8elw na akyrwsw|thelo na akiroso)/);
    }
  });

  it('does not read a negated request as one', () => {
    expect(ids('den 8elw na akyrwsw, apla rwtaw')).not.toContain('cancel-request');
  });

  it('leaves Latin text read as another language alone', () => {
    expect(ids('8elw na akyrwsw')).toContain('cancel-request');
    expect(detectSignals('8elw na akyrwsw', compiled, 'sv').map((s) => s.id)).not.toContain('cancel-request');
  });
});
