import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import {
  type CharModel,
  charGrams,
  hashCollisions,
  modelEvidence,
  modelLanguage,
  modelScore,
  modelSignal,
  modelText,
} from '../../src/engine/char-model';
import { compilePacks } from '../../src/engine/compile';
import { resolvePacks } from '../../src/engine/resolve';
import { withModelSignals } from '../../src/engine/signals';
import type { Signal } from '../../src/engine/types';
import { BUNDLED_PACKS } from '../../src/packs';

const defaults = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);

/** A model small enough to reason about: "frech" and "lüg" push up, "danke" down. */
const tiny: CharModel = {
  signal: 'anger',
  language: 'de',
  n: [2, 4],
  bias: -1,
  threshold: 0.5,
  precision: 0.7,
  weights: { fre: 0.4, rech: 0.6, lüg: 1.2, ' ihr': 2, dan: -1.5, 怒: 1, 气死: 2 },
  source: 'test',
};
const words = (text: string, model = tiny) => modelEvidence(model, text, 0).map((e) => text.slice(e.start, e.end));

describe('a character n-gram model', () => {
  it('adds the weights of the distinct n-grams of the text in lower case', () => {
    expect(modelScore(tiny, 'FRECH')).toBeCloseTo(-1 + 0.4 + 0.6);
    // An n-gram counts once, however often it occurs.
    expect(modelScore(tiny, 'frech frech')).toBeCloseTo(modelScore(tiny, 'frech'));
    expect(modelScore(tiny, 'frech, danke')).toBeLessThan(modelScore(tiny, 'frech'));
  });

  it('flags at its threshold only, with its measured precision as the confidence and the rule it came from', () => {
    expect(modelSignal(tiny, 'Danke schön', 3, 'latest')).toBeUndefined();
    const s = modelSignal(tiny, 'Ihr lügt und seid frech', 3, 'latest');
    expect(s).toMatchObject({ id: 'anger', confidence: 0.7, scope: 'latest', rule: { pack: 'model', id: 'anger-de', source: 'test' } });
    expect(s?.evidence.every((e) => e.message === 3)).toBe(true);
  });

  it('shows the words that weighed most, never a short or function word, and Chinese two characters at a time', () => {
    // " ihr" weighs most, but an agent learns nothing from "Ihr" as the reason.
    expect(words('Ihr lügt und seid frech')).toEqual(['lügt', 'frech']);
    expect(words('我真的气死了')).toEqual(['气死']);
    expect(words('Danke')).toEqual([]);
  });

  it('reads Bokmål and Nynorsk with the Norwegian model and a region tag with its language', () => {
    expect(['nb', 'nn-NO', 'no', 'de-AT', 'zh_Hant'].map(modelLanguage)).toEqual(['no', 'no', 'no', 'de', 'zh']);
  });
});

describe("a model's signals in the analysis", () => {
  const modelAnger: Signal = {
    id: 'anger',
    confidence: 0.7,
    scope: 'latest',
    evidence: [{ message: 0, start: 4, end: 8 }],
    rule: { pack: 'model', id: 'anger-de' },
    rules: [{ pack: 'model', id: 'anger-de' }],
  };
  const ruleSignal = (id: Signal['id'], confidence: number, scope: Signal['scope'] = 'latest'): Signal => ({
    ...modelAnger,
    id,
    confidence,
    scope,
    rule: { pack: 'p', id },
    rules: [{ pack: 'p', id }],
  });

  it('adds what the rules did not find, in its place by strength, and leaves the rules’ own signal alone', () => {
    const merged = withModelSignals(
      [ruleSignal('refund-request', 0.95), ruleSignal('complaint', 0.6), ruleSignal('urgency', 0.9, 'thread')],
      [modelAnger],
    );
    expect(merged.map((s) => s.id)).toEqual(['refund-request', 'anger', 'complaint', 'urgency']);
    const ruled = withModelSignals([ruleSignal('anger', 0.9)], [modelAnger]);
    expect(ruled).toHaveLength(1);
    expect(ruled[0]?.rule.pack).toBe('p');
    // Below what the sidebar shows, a model's guess is not shown either.
    expect(withModelSignals([], [{ ...modelAnger, confidence: 0.4 }])).toEqual([]);
  });

  it('coaches with it as with any anger — an apology to offer — and drops it when it points at no customer message or the agent hid it', () => {
    const ticket = { helpdesk: 'test', messages: [{ role: 'customer' as const, text: 'Ihr lügt doch alle, ihr Abzocker.' }] };
    const plain = analyze(ticket, '', defaults, { language: 'de' });
    expect(plain.signals.map((s) => s.id)).not.toContain('anger');
    const coached = analyze(ticket, '', defaults, { language: 'de', modelSignals: [modelAnger] });
    expect(coached.signals.map((s) => s.id)).toContain('anger');
    expect(coached.suggestions.some((s) => s.for.includes('anger'))).toBe(true);
    // The mood trace dips at that message, as for a rule's anger.
    expect(plain.mood[0]?.score).toBe(0);
    expect(coached.mood[0]?.score).toBe(-0.7);
    const onAgent = { ...modelAnger, evidence: [{ message: 1, start: 0, end: 3 }] };
    const withReply = { ...ticket, messages: [...ticket.messages, { role: 'agent' as const, text: 'Das tut mir leid.' }] };
    expect(analyze(withReply, '', defaults, { modelSignals: [onAgent] }).signals.map((s) => s.id)).not.toContain('anger');
    const hidden = new Set(['model/anger-de']);
    expect(analyze(ticket, '', defaults, { language: 'de', modelSignals: [modelAnger], hidden }).signals.map((s) => s.id)).not.toContain(
      'anger',
    );
  });
});

describe('the shipped models', () => {
  const dir = 'src/packs/models';
  const models = readdirSync(dir)
    .filter((f) => f.startsWith('anger-'))
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as CharModel);

  it('are whole: a language, a threshold, a precision of at least one half, and where they were trained', () => {
    // Greek's subtitle model did not help on written support messages (train-models.ts): German's alone ships.
    expect(models.map((m) => m.language).sort()).toEqual(['de']);
    for (const m of models) {
      expect(m.signal).toBe('anger');
      expect(m.precision).toBeGreaterThanOrEqual(0.5);
      expect(Number.isFinite(m.threshold)).toBe(true);
      expect(m.source).toMatch(/tuning part/);
      expect(Object.keys(m.weights).length).toBeLessThanOrEqual(20_000);
      // Scored by hash: no two n-grams may share one, or the score would not be the trained one.
      expect(hashCollisions(m)).toBe(0);
    }
  });

  it('score by hash exactly as by the n-grams they were trained on', () => {
    for (const m of models)
      for (const text of ['Ihr lügt doch alle!', 'Είστε απαράδεκτοι', 'Dere er helt ubrukelige', 'ÄÖÜ  ß\t\nx']) {
        let z = m.bias;
        for (const g of charGrams(modelText(text), m.n)) z += m.weights[g] ?? 0;
        expect(modelScore(m, text)).toBeCloseTo(z, 9);
      }
  });

  it('German: finds the insult the rules miss, with its words, and stays quiet on a plain request and on thanks', () => {
    const de = models.find((m) => m.language === 'de') as CharModel;
    const insult = 'Ihr lügt doch alle, ihr seid ein Haufen Abzocker.';
    expect(words(insult, de)).toEqual(['lügt', 'Abzocker']);
    expect(modelSignal(de, insult, 0, 'latest')).toBeDefined();
    for (const calm of ['Können Sie mir bitte die Rechnung noch einmal schicken?', 'Vielen Dank für die schnelle Hilfe, alles bestens.'])
      expect(modelSignal(de, calm, 0, 'latest')).toBeUndefined();
  });
});
