import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguageNode, loadLanguageDetector } from '../../scripts/lib/detect-language';
import { letterGrams, tellApart, trainNeighbourModel } from '../../scripts/lib/neighbour-model';

describe('the neighbour-language model', () => {
  const rows = [
    ...['hvad er det', 'jeg ved ikke hvad', 'hvad siger du'].map((text) => ({ lang: 'da', text })),
    ...['hva er det', 'jeg vet ikke hva', 'hva sier du'].map((text) => ({ lang: 'no', text })),
  ];
  const model = trainNeighbourModel(rows, ['no', 'da'], 1);

  it('reads letters only, in lower case, each word padded', () => {
    expect(letterGrams('Ja!')).toEqual([' ', 'j', 'a', ' ', ' j', 'ja', 'a ', ' ja', 'ja ', ' ja ']);
  });

  it('names the language whose n-grams the text has, once the margin is reached', () => {
    expect(tellApart(model, 'hvad siger du', 1)).toBe('da');
    expect(tellApart(model, 'hva sier du', 1)).toBe('no');
    // Words both write: no answer.
    expect(tellApart(model, 'ikke', 3)).toBeUndefined();
    expect(tellApart(model, 'er det', 3)).toBeUndefined();
    // The margin grows with the text: one word is not enough where a sentence is.
    expect(tellApart(model, 'hvad', 20)).toBeUndefined();
    expect(tellApart(model, 'hvad siger du hvad siger du', 20)).toBe('da');
  });
});

/**
 * Support messages in the languages the command line confused (Danish and Swedish read as
 * Norwegian, Czech as Slovak), with the coached language's own messages beside them.
 */
describe('the command line’s language for close neighbours', () => {
  beforeAll(loadLanguageDetector);
  it.each([
    ['da', 'Vi har modtaget din henvendelse og vender tilbage hurtigst muligt.'],
    ['no', 'Vi har mottatt henvendelsen din og kommer tilbake så snart som mulig.'],
    ['sv', 'Tack för ditt meddelande, vi återkommer så snart vi kan.'],
    ['cs', 'Objednávka pořád nedorazila, chci vrátit peníze.'],
    ['sk', 'Objednávka stále nedorazila, chcem vrátiť peniaze.'],
    ['cs', 'Děkujeme za vaši zprávu, ozveme se vám co nejdříve.'],
    ['sk', 'Ďakujeme za vašu správu, ozveme sa vám čo najskôr.'],
    // Too short to tell apart: the coached language.
    ['no', 'Hvor skal du?'],
  ])('%s: "%s"', (expected, text) => expect(detectLanguageNode(text)).toBe(expected));
});
