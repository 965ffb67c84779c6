import browser from 'webextension-polyfill';
import en from '../../public/_locales/en/messages.json';
import { browserMessages } from '../lib/i18n';
import { checkPolicy, checkTeamPacks } from '../lib/policy';
import { PUBLISHED_CONFIG_KEY, type PublishedConfig, TEAM_PACKS_KEY, readPolicy } from '../lib/storage';
import type { Pack } from '../engine/pack-schema';
import { BUNDLED_PACKS } from '../packs';

/**
 * Publishes what content scripts coach with, checked once here instead of in every tab: the
 * bundled packs and the team's (without what only tests and the practice page need), the policy,
 * validated, and the UI strings in the browser's language (which changes only with a browser
 * restart, when this runs again). Done on install, update and browser start, when the team's
 * packs or the policy change, and on request. A policy Chrome delivers late (its policy service starts seconds
 * after the browser) is published again when it arrives.
 */
export async function publishPacks(): Promise<void> {
  const [team, policy] = await Promise.all([
    browser.storage.local.get(TEAM_PACKS_KEY).then((v) => checkTeamPacks(v[TEAM_PACKS_KEY])),
    readPolicy(() => void publishPacks()),
  ]);
  const value: PublishedConfig = {
    version: browser.runtime.getManifest().version,
    bundled: BUNDLED_PACKS.map(forContent),
    team: team.packs.map(forContent),
    teamDropped: team.dropped,
    policy: checkPolicy(policy),
    ui: browserMessages(Object.keys(en)),
  };
  await browser.storage.local.set({ [PUBLISHED_CONFIG_KEY]: value });
}

/**
 * A pack as content scripts need it: without examples and rehearsals (tests), scenarios
 * (the practice page reads those itself) and site examples, and without the text only the
 * settings page shows (the pack's and methods' descriptions, and the quotes from the source
 * documents; the sidebar names the source itself). Every tab parses this on load and keeps it.
 */
export function forContent(pack: Pack): Pack {
  const { examples: _examples, scenarios: _scenarios, ...rest } = pack;
  return {
    ...rest,
    description: {},
    ...(rest.methods && {
      methods: rest.methods.map(({ description: _d, ...method }) => ({
        ...method,
        steps: method.steps.map(({ quote: _q, ...step }) => step),
      })),
    }),
    ...(rest.suggestions && { suggestions: rest.suggestions.map(({ quote: _q, ...suggestion }) => suggestion) }),
    ...(rest.draftChecks && { draftChecks: rest.draftChecks.map(({ quote: _q, ...check }) => check) }),
    ...(rest.sites && { sites: rest.sites.map(({ examples: _e, ...site }) => site) }),
  };
}
