import browser from 'webextension-polyfill';
import { checkPolicy, checkTeamPacks } from '../lib/policy';
import { PUBLISHED_CONFIG_KEY, type PublishedConfig, TEAM_PACKS_KEY, readPolicy } from '../lib/storage';
import { BUNDLED_PACKS } from '../packs';

/**
 * Publishes what content scripts coach with, checked once here instead of in every tab: the
 * bundled packs (without their examples: those are tests), the team's packs and the policy,
 * validated. Done on install, update and browser start, when the team's packs or the policy
 * change, and on request. A policy Chrome delivers late (its policy service starts seconds
 * after the browser) is published again when it arrives.
 */
export async function publishPacks(): Promise<void> {
  const [team, policy] = await Promise.all([
    browser.storage.local.get(TEAM_PACKS_KEY).then((v) => checkTeamPacks(v[TEAM_PACKS_KEY])),
    readPolicy(() => void publishPacks()),
  ]);
  const value: PublishedConfig = {
    version: browser.runtime.getManifest().version,
    bundled: BUNDLED_PACKS.map(({ examples: _examples, ...pack }) => pack),
    team: team.packs,
    teamDropped: team.dropped,
    policy: checkPolicy(policy),
  };
  await browser.storage.local.set({ [PUBLISHED_CONFIG_KEY]: value });
}
