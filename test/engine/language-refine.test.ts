import { describe, expect, it } from 'vitest';
import { refineLanguage } from '../../src/engine/language';

/**
 * The confusions found on the XED subtitles' tuning part (npm run eval prints them per language
 * and length): a detector's answer for a short line of a seed language, and what Composure now
 * reads. Each case is a line of the kind that was wrong; the last block must stay as it was.
 */
describe('refining a detector’s answer for short lines', () => {
  it.each([
    ['en', 'Nein!', 'de'],
    ['nl', 'Danke, Vater.', 'de'],
    ['nl', 'Scheiße!', 'de'],
    ['en', 'Komm.', 'de'],
  ])('German read as %s: "%s" → %s', (detected, text, expected) => expect(refineLanguage(detected, text)).toBe(expected));

  it.each([
    ['en', 'Takk.', 'no'],
    ['en', 'Faen!', 'no'],
    ['en', 'Åh, faen!', 'no'],
    ['nl', 'Slipp løs all ballast.', 'no'],
    ['en', 'Hva?', 'no'],
  ])('Norwegian read as %s: "%s" → %s', (detected, text, expected) => expect(refineLanguage(detected, text)).toBe(expected));

  it.each([
    ['sl', 'Poďme, hýbte sa.', 'sk'],
    ['pl', 'Áno, pane.', 'sk'],
    ['sl', 'Si snáď moja matka?', 'sk'],
    // A letter only Slovak and Czech write, whatever the detector said.
    ['it', 'Odpusť mi.', 'sk'],
    ['is', '- Poď sem, rýchlo!', 'sk'],
    // Polish never writes é, ý, č, š, ž, ô, ä.
    ['pl', 'Krvavé opojenie!', 'sk'],
    // Slovak function words against the neighbour's.
    ['lv', 'Ja neviem.', 'sk'],
    ['sl', 'O čom točíš?', 'sk'],
  ])('Slovak read as %s: "%s" → %s', (detected, text, expected) => expect(refineLanguage(detected, text)).toBe(expected));

  it('two Chinese characters are Chinese, not Japanese, unless there is kana', () => {
    expect(refineLanguage('ja', '好的')).toBe('zh');
    expect(refineLanguage('ja', 'ありがとう')).toBe('ja');
  });

  it.each([
    ['en', 'Bring her back, girls, alive!'],
    ['en', 'I have no idea what happened.'],
    ['pl', 'Nie wiem, co robić.'],
    ['pl', 'Dziękuję, to wszystko.'],
    ['cs', 'Děkuji, to je všechno.'],
    ['fr', 'Sur la côte, à côté du port.'],
    ['nl', 'Ik weet het niet.'],
    ['de', 'Das ist mir egal.'],
  ])('stays %s where the line is: "%s"', (detected, text) => expect(refineLanguage(detected, text)).toBe(detected));
});
