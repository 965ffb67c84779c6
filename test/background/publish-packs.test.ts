import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { compilePacks } from '../../src/engine/compile';
import { BUNDLED_PACKS } from '../../src/packs';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { forContent } = await import('../../src/background/publish-packs');

const TICKETS = [
  { language: 'en', text: 'This is the THIRD time I write. I want a refund or I cancel. Let me talk to a manager!' },
  { language: 'de', text: 'Zum dritten Mal: Ich will mein Geld zurück, sonst kündige ich. Ich will Ihren Vorgesetzten sprechen.' },
  { language: 'el', text: 'Τρίτη φορά γράφω! Θέλω τα χρήματά μου πίσω, αλλιώς ακυρώνω.' },
];

describe('the packs as published to content scripts', () => {
  it('coach exactly as the bundled packs do, in every language', () => {
    const bundled = compilePacks(BUNDLED_PACKS);
    const published = compilePacks(BUNDLED_PACKS.map(forContent));
    for (const { language, text } of TICKETS) {
      const ticket = { helpdesk: 'test', messages: [{ role: 'customer' as const, text }] };
      const draft = 'We will look into it.';
      expect(analyze(ticket, draft, published, { language })).toEqual(analyze(ticket, draft, bundled, { language }));
    }
  });

  it('leave out what only tests, practice and the settings page read', () => {
    const text = JSON.stringify(BUNDLED_PACKS.map(forContent));
    const full = JSON.stringify(BUNDLED_PACKS);
    for (const field of ['"examples"', '"scenarios"', '"quote"']) {
      expect(full).toContain(field);
      expect(text).not.toContain(field);
    }
    expect(BUNDLED_PACKS.map(forContent).every((p) => Object.keys(p.description).length === 0)).toBe(true);
  });
});
