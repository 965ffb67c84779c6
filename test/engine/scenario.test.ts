import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { runRehearsals } from '../../src/engine/examples';
import type { Pack, Scenario } from '../../src/engine/pack-schema';
import { resolvePacks } from '../../src/engine/resolve';
import { holds, playScenario, respond } from '../../src/engine/scenario';
import { validatePack } from '../../src/engine/validate';
import { BUNDLED_PACKS } from '../../src/packs';

const defaults = BUNDLED_PACKS.filter((p) => p.defaultEnabled);
const compiled = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    defaults.map((p) => p.id),
  ).packs,
);
const practice = BUNDLED_PACKS.find((p) => p.id === 'practice') as Pack;
const scenario = (id: string) => practice.scenarios?.find((s) => s.id === id) as Scenario;

describe('scripted customers', () => {
  it('answer each reply by what it did: the first response whose condition holds, else the fallback', () => {
    const s = scenario('angry-repeat-contact');
    expect(respond(s, 0, { steps: ['empathize'], missing: [], warnings: [] }).mood).toBe('calmer');
    expect(respond(s, 0, { steps: ['empathize'], missing: [], warnings: ['no-apology-to-upset-customer'] }).mood).toBe('angrier');
    expect(respond(s, 0, { steps: [], missing: [], warnings: [] }).mood).toBe('angrier');
    expect(holds({ steps: ['a'], avoided: ['w'] }, { steps: ['a', 'b'], missing: [], warnings: [] })).toBe(true);
    expect(holds({ missing: ['a'] }, { steps: ['a'], missing: [], warnings: [] })).toBe(false);
  });

  it('play out in every language the bundled scenarios are written in: no apology escalates, a good reply resolves', () => {
    const s = scenario('refund-demand');
    for (const lang of ['en', 'de']) {
      const bad = playScenario(s, lang, s.rehearsals?.find((r) => r.lang === lang && r.outcome === 'escalated')?.replies ?? [], compiled);
      expect(bad.played.map((t) => t.response.mood)).toEqual(['angrier', 'angrier']);
      expect(bad.outcome).toBe('escalated');
      const good = playScenario(s, lang, s.rehearsals?.find((r) => r.lang === lang && r.outcome === 'resolved')?.replies ?? [], compiled);
      expect(good.played.map((t) => t.response.mood)).toEqual(['calmer', 'calmer']);
      expect(good.outcome).toBe('resolved');
    }
  });

  it('ship six bundled scenarios, each in all six languages with at least two turns, and every rehearsal passes', () => {
    const scenarios = practice.scenarios ?? [];
    expect(scenarios).toHaveLength(6);
    for (const s of scenarios) {
      expect(s.turns.length).toBeGreaterThanOrEqual(2);
      const texts = [s.title, s.brief, s.subject, ...s.thread.map((m) => m.text), ...s.turns.flatMap((t) => t.responses.map((r) => r.say))];
      for (const text of texts) expect(Object.keys(text).sort()).toEqual(['de', 'el', 'en', 'no', 'sk', 'zh']);
    }
    expect(runRehearsals(practice, defaults)).toEqual([]);
  });

  it('reject a scenario with no fallback answer, and say where', () => {
    const broken = structuredClone(practice);
    const first = broken.scenarios?.[0];
    if (first) first.turns[0] = { responses: [{ when: { steps: ['hear'] }, mood: 'calmer', say: { en: 'ok' } }] };
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(
        /scenarios\[0\]\.turns\[0\]\.responses: needs a fallback/,
      );
  });
});
