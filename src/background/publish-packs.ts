import browser from 'webextension-polyfill';
import en from '../../public/_locales/en/messages.json';
import { browserMessages } from '../lib/i18n';
import { checkPolicy, checkTeamPacks } from '../lib/policy';
import { effectiveConfig } from '../lib/config';
import {
  PUBLISHED_CONFIG_KEY,
  type PublishedConfig,
  type PublishedSite,
  TAB_CONFIG_KEY,
  TEAM_PACKS_KEY,
  type TabConfig,
  prefsWarnings,
  readPolicy,
  readPrefs,
} from '../lib/storage';
import type { Pack } from '../engine/pack-schema';
import { BUNDLED_PACKS } from '../packs';
import { BUILT_INS } from '../adapters/registry';
import { SEND_HOLD_CSS, SIDEBAR_CSS } from '../ui/styles';

/** The built-in sites for tabs: definitions, and each selector's kind of citation (its note is for people reading the code). */
const SITES: PublishedSite[] = BUILT_INS.map((b) => ({
  definition: b.definition,
  citations: [...b.citations].map(([selector, c]) => [selector, c.kind]),
}));

/**
 * Publishes what the analysis service coaches with and what tabs read pages with, checked once
 * here instead of in every tab: the bundled packs and the team's (without what only tests and the
 * practice page need), the policy, validated, and the UI strings in the browser's language (which
 * changes only with a browser restart, when this runs again); and for tabs the effective
 * configuration without the packs. Done on install, update and browser start, when the team's
 * packs, the policy or the agent's preferences change, and on request. A policy Chrome delivers late (its policy service starts seconds after the browser) is
 * published again when it arrives.
 */
export async function publishPacks(): Promise<void> {
  const [team, policy, prefs] = await Promise.all([
    browser.storage.local.get(TEAM_PACKS_KEY).then((v) => checkTeamPacks(v[TEAM_PACKS_KEY])),
    readPolicy(() => void publishPacks()),
    readPrefs(),
  ]);
  const checked = checkPolicy(policy);
  const value: PublishedConfig = {
    version: browser.runtime.getManifest().version,
    bundled: BUNDLED_PACKS.map(forContent),
    team: team.packs.map(forContent),
    teamDropped: team.dropped,
    policy: checked,
    ui: browserMessages(Object.keys(en)),
  };
  // A tab's configuration, merged here: its packs' rules stay in this worker (a tab that parsed
  // every pack's phrases in six languages held ~265 kB of strings for nothing it ran).
  const config = prefsWarnings(effectiveConfig(value.bundled, value.team, prefs.prefs, checked), prefs, team.dropped);
  const tab: TabConfig = {
    version: value.version,
    config: { ...config, packs: [], enabled: [] },
    ui: value.ui,
    css: SIDEBAR_CSS,
    holdCss: SEND_HOLD_CSS,
    sites: SITES,
  };
  await browser.storage.local.set({ [PUBLISHED_CONFIG_KEY]: value, [TAB_CONFIG_KEY]: tab });
}

/**
 * A pack as the analysis service needs it: without examples and rehearsals (tests), scenarios
 * (the practice page reads those itself) and site examples, and without the text only the
 * settings page shows (the pack's and methods' descriptions, and the quotes from the source
 * documents; the sidebar names the source itself).
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
