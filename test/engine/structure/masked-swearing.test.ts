import { describe, expect, it } from 'vitest';
import { maskedSwearing } from '../../../src/engine/detectors';
import { ids } from './helpers';

const words = (text: string) => maskedSwearing(text).map(([s, e]) => text.slice(s, e));

// Written for these tests: swear words masked inside, as people write them, and look-alikes that
// are no swearing (German gender stars, *emphasis*, e-mail addresses).
describe('masked swearing inside longer words', () => {
  it('finds the mask inside a word, and at a sentence end', () => {
    expect(words('This is f*cking ridiculous')).toEqual(['f*cking']);
    expect(words('Diese verf***te Hotline!')).toEqual(['verf***te']);
    expect(words('Ihr seid ein A****lochladen.')).toEqual(['A****lochladen']);
    expect(words('To je ale k*k*tina, fakt.')).toEqual(['k*k*tina']);
    expect(words('Your support team are useless sh*ts.')).toEqual(['sh*ts']);
  });

  it('reads them as profanity in the message', () => {
    expect(ids('This is f*cking ridiculous, the box was empty.', 'en')).toContain('profanity');
    expect(ids('Diese verf***te Hotline legt einfach auf.', 'de')).toContain('profanity');
  });

  it('leaves gender stars, emphasis and addresses alone', () => {
    expect(words('Liebe Kund*innen, liebe Bürger*innen am Held*innenplatz')).toEqual([]);
    expect(words('I *really* need the *blue* one')).toEqual([]);
    expect(words('write to dana@example.com')).toEqual([]);
  });
});
