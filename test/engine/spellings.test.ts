import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { detectSignals } from '../../src/engine/detect';
import { resolvePacks } from '../../src/engine/resolve';
import { spellingVariants } from '../../src/engine/spellings';
import { BUNDLED_PACKS } from '../../src/packs';

const compiled = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);
const ids = (text: string, lang: string) => detectSignals(text, compiled, lang).map((s) => s.id);

describe('spelling variants of a phrase', () => {
  it('write German umlauts and ß as two letters, and ß alone as ss', () => {
    expect(spellingVariants('kündig*', 'de')).toEqual(['kuendig*']);
    expect(spellingVariants('Grüße', 'de').sort()).toEqual(['gruesse', 'grüsse']);
    expect(spellingVariants('Geld zurück|retour', 'de')).toEqual(['geld zurueck|retour']);
  });
  it('write Norwegian æ ø å as ae, oe or o, aa or a', () => {
    expect(spellingVariants('ødelagt', 'no').sort()).toEqual(['odelagt', 'oedelagt']);
    expect(spellingVariants('jævla', 'no')).toEqual(['jaevla']);
    expect(spellingVariants('får', 'no').sort()).toEqual(['faar', 'far']);
  });
  it('leave phrases without those letters, and other languages, alone', () => {
    expect(spellingVariants('refund*', 'de')).toEqual([]);
    expect(spellingVariants('zurück', 'sk')).toEqual([]);
  });
});

// Messages written for these tests: each pair says the same in the language's letters and without them.
describe('text without its language’s letters is matched as that language', () => {
  it.each([
    ['de', 'Bitte kündigen Sie meinen Vertrag zum Monatsende.', 'Bitte kuendigen Sie meinen Vertrag zum Monatsende.', 'cancel-request'],
    ['de', 'Ehrlich gesagt bin ich enttäuscht.', 'Ehrlich gesagt bin ich enttaeuscht.', 'disappointment'],
    ['no', 'Pakken kom ødelagt, jævla dårlig.', 'Pakken kom odelagt, jaevla darlig.', 'profanity'],
    ['no', 'Jeg er så skuffet over dere.', 'Jeg er saa skuffet over dere.', 'disappointment'],
    ['sk', 'Chcem vrátiť peniaze, tovar prišiel poškodený.', 'Chcem vratit peniaze, tovar prisiel poskodeny.', 'refund-request'],
    ['el', 'Θέλω να ακυρώσω τη συνδρομή μου.', 'Θελω να ακυρωσω τη συνδρομη μου.', 'cancel-request'],
    ['el', 'Θέλω τα λεφτά μου πίσω.', 'ΘΕΛΩ ΤΑ ΛΕΦΤΑ ΜΟΥ ΠΙΣΩ', 'refund-request'],
  ])('%s: "%s" and "%s" → %s', (lang, written, typed, signal) => {
    expect(ids(written, lang)).toContain(signal);
    expect(ids(typed, lang)).toContain(signal);
  });
});
