import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExamples } from '../../src/engine/examples';
import { formatPack } from '../../src/engine/format';
import { resolvePacks } from '../../src/engine/resolve';
import { validatePack } from '../../src/engine/validate';
import type { Pack } from '../../src/engine/pack-schema';
import { LANGUAGES } from '../../src/engine/types';
import { BUNDLED_PACKS } from '../../src/packs';

const files = readdirSync('src/packs').filter((f) => f.endsWith('.json'));
const context = BUNDLED_PACKS.filter((p) => p.defaultEnabled);

describe.each(files)('bundled pack %s', (file) => {
  const raw = readFileSync(`src/packs/${file}`, 'utf8');
  const result = validatePack(JSON.parse(raw));

  it('is valid, named after its id, and in canonical form', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && `${result.pack.id}.json`).toBe(file);
    expect(formatPack(JSON.parse(raw))).toBe(raw);
  });

  it('has a description, a source on every rule, and text in all six languages', () => {
    if (!result.ok) return;
    const pack = result.pack;
    expect(Object.keys(pack.description).sort()).toEqual([...LANGUAGES].sort());
    const rules = [
      ...(pack.signals ?? []),
      ...(pack.suggestions ?? []),
      ...(pack.draftChecks ?? []),
      ...(pack.methods ?? []).flatMap((m) => m.steps),
    ];
    for (const rule of rules) expect(rule.source, rule.id).toMatch(/seeds\/00\d/);
    for (const s of pack.suggestions ?? []) expect(Object.keys(s.text).sort(), s.id).toEqual([...LANGUAGES].sort());
  });

  it('passes its own examples', () => {
    if (!result.ok) return;
    expect(runExamples(result.pack, context)).toEqual([]);
  });
});

describe('pack validation', () => {
  const base = JSON.parse(readFileSync('src/packs/team-procedures.json', 'utf8'));

  it('rejects a broken pack whole, naming each JSON path in plain words', () => {
    const broken = {
      ...base,
      id: 'Bad Id',
      signals: [{ id: 'x', signal: 'grumpy', weight: 3, source: 's', phrases: { en: ['* nope'] } }],
      extra: 1,
    };
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'signals[0].signal', 'signals[0].weight', 'extra']));
  });

  it('names the phrase or pattern that fails, and why', () => {
    const result = validatePack({
      ...base,
      signals: [{ id: 'x', signal: 'anger', weight: 0.5, source: 's', phrases: { en: ['f*ck'] }, regex: { en: ['(a)\\1'] } }],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'signals[0].phrases.en[0]', message: expect.stringContaining('"f*ck"') },
      { path: 'signals[0].regex.en[0]', message: expect.stringContaining('backreferences') },
    ]);
  });

  it('rejects oversized fields', () => {
    const result = validatePack({ ...base, description: { en: 'x'.repeat(5_000) } });
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/2,000/);
  });
});

describe('extends', () => {
  const team: Pack = {
    schemaVersion: 1,
    id: 'our-help',
    name: { en: 'Our HELP' },
    description: { en: 'd' },
    version: '1.0.0',
    source: 'seeds/004',
    languages: ['en', 'de'],
    extends: 'help-method',
    disable: ['lead-open-question'],
    suggestions: [
      { id: 'hear-open', kind: 'acknowledgement', steps: ['help/hear'], text: { de: 'Unsere eigene Begrüßung.' }, source: 'seeds/004' },
    ],
  };

  it('inherits, overrides by id and switches rules off, and never counts the parent twice', () => {
    const { packs, errors } = resolvePacks([...BUNDLED_PACKS, team], ['help-method', 'our-help']);
    expect(errors).toEqual([]);
    expect(packs.map((p) => p.id)).toEqual(['our-help']);
    const suggestions = packs[0]?.suggestions?.map((s) => s.id) ?? [];
    expect(suggestions).toContain('hear-open');
    expect(suggestions).not.toContain('lead-open-question');
    expect(packs[0]?.methods?.[0]?.id).toBe('help');
    expect(packs[0]?.suggestions?.find((s) => s.id === 'hear-open')?.text).toEqual({ de: 'Unsere eigene Begrüßung.' });
  });

  it('reports a missing parent or a cycle instead of throwing', () => {
    const orphan = { ...team, id: 'orphan', extends: 'nowhere' };
    const loop = { ...team, id: 'loop', extends: 'loop' };
    expect(resolvePacks([orphan, loop], ['orphan', 'loop']).errors).toEqual([
      expect.stringContaining('not installed'),
      expect.stringContaining('extends itself'),
    ]);
  });
});
