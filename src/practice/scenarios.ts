import { pick } from '../engine/localize';
import type { Pack, Scenario } from '../engine/pack-schema';
import type { EffectiveConfig } from '../lib/config';

export interface Listed {
  pack: Pack;
  scenario: Scenario;
}

/** The scenarios of the packs that are on: bundled, the team's, and policy's. */
export function scenariosOf(config: EffectiveConfig): Listed[] {
  return config.packs.filter((p) => p.enabled).flatMap(({ pack }) => (pack.scenarios ?? []).map((scenario) => ({ pack, scenario })));
}

/** The languages a scenario is written in: those of its customer's first message. */
export function languagesOf(scenario: Scenario): string[] {
  return Object.keys(scenario.thread[0]?.text ?? {});
}

/** The language to practise in: the one asked for if the scenario has it, else the agent's, else English, else its first. */
export function practiceLanguage(scenario: Scenario, wanted: string[]): string {
  const have = languagesOf(scenario);
  return wanted.map((l) => l.split('-')[0] as string).find((l) => have.includes(l)) ?? (have.includes('en') ? 'en' : (have[0] ?? 'en'));
}

export const title = (scenario: Scenario, lang: string) => pick(scenario.title, [lang]).text;
