import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CharModel, hashCollisions, modelSignal } from '../../src/engine/char-model';
import { SIGNAL_IDS } from '../../src/engine/types';

// The learned part (npm run train:signals): what ships must be whole, and each signal it shows
// must point at the customer's own words.
describe('the learned part’s per-signal models', () => {
  const dir = 'src/packs/models';
  const files = readdirSync(dir).filter((f) => f.startsWith('signal-'));
  const models = files.map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as CharModel] as const);

  it('are named for their signal and language, trained on the tuning part, right at least 80 % of the time in cross-validation', () => {
    for (const [file, m] of models) {
      expect(file).toBe(`signal-${m.signal}-${m.language}.json`);
      expect(SIGNAL_IDS).toContain(m.signal);
      expect(m.precision).toBeGreaterThanOrEqual(0.8);
      expect(Number.isFinite(m.threshold)).toBe(true);
      expect(m.source).toMatch(/support messages.*tuning part/);
      expect(hashCollisions(m)).toBe(0);
    }
  });

  it('show words of the message as evidence, and nothing on an empty or a one-word message', () => {
    // Written for this test: a complaint and baiting in each language a model exists for.
    const samples: Record<string, string> = {
      en: 'Three weeks and my order still has not arrived, nobody answers my emails and the tracking page is broken.',
      de: 'Seit drei Wochen warte ich auf meine Bestellung, niemand antwortet und die Sendungsverfolgung funktioniert nicht.',
      el: 'Τρεις εβδομάδες περιμένω την παραγγελία μου, κανείς δεν απαντάει και η παρακολούθηση δεν λειτουργεί.',
      sk: 'Tri týždne čakám na objednávku, nikto neodpovedá a sledovanie zásielky nefunguje.',
      no: 'Jeg har ventet i tre uker på bestillingen, ingen svarer og sporingen virker ikke.',
      zh: '我的订单等了三个星期还没到，没有人回复我的邮件，物流页面也打不开。',
    };
    for (const [, m] of models) {
      const text = samples[m.language] as string;
      const signal = modelSignal(m, text, 4, 'latest');
      for (const e of signal?.evidence ?? []) {
        expect(e.message).toBe(4);
        expect(e.end).toBeGreaterThan(e.start);
        expect(text.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
      }
      expect(modelSignal(m, '', 0, 'latest')).toBeUndefined();
    }
  });
});
