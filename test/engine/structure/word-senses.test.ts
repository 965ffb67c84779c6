import { describe, expect, it } from 'vitest';
import { ids } from './helpers';

// English phrases apply to every language (support's lingua franca), so an English trigger that is
// an everyday word of the text's own language is ruled out there by the pack's exceptions.
describe('word senses: an English trigger that is a word of the text’s own language', () => {
  it('German "hell" (light, as a colour) is not anger', () => {
    expect(ids('Wir hätten den Tisch gern in Eiche hell, nicht in dunkel. Geht das noch?', 'de')).not.toContain('anger');
    expect(ids('Das hellere Modell gefällt mir besser, ist es wieder lieferbar?', 'de')).not.toContain('anger');
  });
  it('Norwegian "hell" (luck) is not anger', () => {
    expect(ids('Takk for hjelpen, og til alt hell med den nye nettbutikken!', 'no')).not.toContain('anger');
  });
  it('English "hell" is still anger, also inside a German or Norwegian message', () => {
    expect(ids('What the hell is going on with my order? Third time asking.', 'en')).toContain('anger');
    expect(ids('Bestellung 4471 fehlt immer noch. What the hell?!', 'de')).toContain('anger');
  });
});
