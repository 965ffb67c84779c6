import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, effectiveConfig, parsePrefs } from '../../src/lib/config';
import { checkPolicy } from '../../src/lib/policy';
import { STANDARD_WORKING_TIME, workingTimeOf } from '../../src/lib/working-time';
import { BUNDLED_PACKS } from '../../src/packs';

const teamPack = {
  ...BUNDLED_PACKS.find((p) => p.id === 'team-procedures'),
  id: 'acme-tone',
  defaultEnabled: false,
} as (typeof BUNDLED_PACKS)[number];
const enabled = (c: ReturnType<typeof effectiveConfig>) => c.enabled.sort();

describe('effective configuration', () => {
  it('follows each pack default when nothing is chosen', () => {
    const config = effectiveConfig(BUNDLED_PACKS, [], DEFAULT_PREFS);
    expect(enabled(config)).toEqual(
      BUNDLED_PACKS.filter((p) => p.defaultEnabled)
        .map((p) => p.id)
        .sort(),
    );
    expect(config.warnings).toEqual([]);
  });

  it("applies the agent's choices", () => {
    const config = effectiveConfig(BUNDLED_PACKS, [teamPack], {
      ...DEFAULT_PREFS,
      packs: { 'asap-method': true, 'nine-ways': false, 'acme-tone': true },
      method: 'asap',
    });
    expect(config.enabled).toEqual(expect.arrayContaining(['asap-method', 'acme-tone']));
    expect(config.enabled).not.toContain('nine-ways');
    expect(config.method).toBe('asap');
  });

  it('lets policy force packs on and off, set the method and lock settings', () => {
    const prefs = { ...DEFAULT_PREFS, packs: { 'nine-ways': false, 'core-signals': false }, method: 'help' };
    const config = effectiveConfig(
      BUNDLED_PACKS,
      [],
      prefs,
      checkPolicy({
        enabledPacks: ['nine-ways'],
        disabledPacks: ['moments-of-truth'],
        method: 'asap',
        lockSettings: ['packs'],
      }),
    );
    expect(config.enabled).toContain('nine-ways');
    expect(config.enabled).not.toContain('moments-of-truth');
    // Locked: the agent's own "core-signals off" no longer applies.
    expect(config.enabled).toContain('core-signals');
    expect(config.method).toBe('asap');
    expect(config.locked).toEqual(expect.arrayContaining(['packs', 'method']));
    expect(config.packs.find((p) => p.pack.id === 'nine-ways')?.forced).toBe(true);
  });

  it('validates policy packs itself, keeping the good ones and warning about the rest', () => {
    const good = { ...teamPack, id: 'policy-pack' };
    const config = effectiveConfig(
      BUNDLED_PACKS,
      [],
      DEFAULT_PREFS,
      checkPolicy({
        customPacks: JSON.stringify([good, { id: 'broken' }]),
        enabledPacks: ['ghost'],
        lockSettings: 'yes' as unknown as boolean,
      }),
    );
    expect(config.packs.find((p) => p.pack.id === 'policy-pack')).toMatchObject({ origin: 'policy', enabled: true });
    expect(config.warnings).toEqual([
      expect.stringMatching(/Policy pack #2 ignored: schemaVersion/),
      expect.stringContaining('"lockSettings" must be true or a list'),
      expect.stringContaining('"ghost", which is not installed'),
    ]);
  });

  it('ignores each policy value of the wrong type with its own warning, and keeps the rest', () => {
    const policy = checkPolicy({
      enabledPacks: ['nine-ways'],
      disabledPacks: 'moments-of-truth',
      method: 5,
      placement: 'left',
      usageCounts: 'no',
      followUps: false,
      lockSettings: ['packs', 'colours'],
    } as never);
    expect(policy).toMatchObject({ enabledPacks: ['nine-ways'], disabledPacks: [], method: undefined, placement: undefined });
    expect(policy.usageCounts).toBeUndefined();
    expect(policy.followUps).toBe(false);
    // What the policy sets is locked with what it locks by name (followUps: false).
    expect(policy.locked).toEqual(['packs', 'followUps']);
    expect(policy.warnings).toEqual([
      'Policy "disabledPacks" must be a list of pack ids; ignored.',
      'Policy "method" must be a method id; ignored.',
      'Policy "placement" must be "page" or "browser"; ignored.',
      'Policy "usageCounts" must be true or false; ignored.',
      'Policy "lockSettings" names unknown settings: colours.',
    ]);
  });

  it('holds Send for a flagged reply as the agent chose, or as the policy says for everyone (and locks it)', () => {
    const prefs = { ...DEFAULT_PREFS, holdSend: true };
    expect(effectiveConfig(BUNDLED_PACKS, [], DEFAULT_PREFS).holdSend).toBe(false);
    expect(effectiveConfig(BUNDLED_PACKS, [], prefs).holdSend).toBe(true);
    const off = effectiveConfig(BUNDLED_PACKS, [], prefs, checkPolicy({ holdSend: false }));
    expect(off.holdSend).toBe(false);
    expect(off.locked).toContain('holdSend');
    expect(effectiveConfig(BUNDLED_PACKS, [], DEFAULT_PREFS, checkPolicy({ holdSend: true })).holdSend).toBe(true);
    expect(checkPolicy({ holdSend: 'yes' }).warnings).toEqual(['Policy "holdSend" must be true or false; ignored.']);
    expect(parsePrefs({ version: 1, packs: {}, sites: {}, holdSend: true }).prefs.holdSend).toBe(true);
  });

  it('reads corrupt stored preferences as defaults, flagged', () => {
    expect(parsePrefs('garbage')).toEqual({ prefs: DEFAULT_PREFS, corrupt: true });
    expect(parsePrefs({ packs: { a: 'yes', b: true }, agentName: 42 }).prefs).toMatchObject({ packs: { b: true }, agentName: undefined });
  });

  it("counts promises in the team's working time: Monday to Friday 09:00–17:00 by default, the settings' or policy's when set", () => {
    expect(workingTimeOf(effectiveConfig(BUNDLED_PACKS, [], DEFAULT_PREFS).workingTime) ?? STANDARD_WORKING_TIME).toEqual({
      days: [1, 2, 3, 4, 5],
      start: 540,
      end: 1020,
    });
    const sundayToThursday = { days: [0, 1, 2, 3, 4], start: 480, end: 960 };
    const prefs = parsePrefs({ version: 1, packs: {}, sites: {}, workingTime: sundayToThursday }).prefs;
    expect(effectiveConfig(BUNDLED_PACKS, [], prefs).workingTime).toEqual(sundayToThursday);
    const policy = checkPolicy({ workingTime: '{"days": [1,2,3,4], "start": "08:30", "end": "16:00"}' });
    const config = effectiveConfig(BUNDLED_PACKS, [], prefs, policy);
    expect(config.workingTime).toEqual({ days: [1, 2, 3, 4], start: 510, end: 960 });
    expect(config.locked).toContain('workingTime');
    // Hours that end before they start, or no working day, are no working time.
    expect(checkPolicy({ workingTime: { days: [1], start: '17:00', end: '09:00' } }).warnings.join()).toMatch(/workingTime/);
    expect(
      workingTimeOf(parsePrefs({ version: 1, packs: {}, sites: {}, workingTime: { days: [], start: 540, end: 1020 } }).prefs.workingTime),
    ).toBeUndefined();
  });
});
