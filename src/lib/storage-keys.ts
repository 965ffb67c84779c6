/**
 * Every key Composure stores, in one table: which area, and what it holds. Nothing here is
 * ticket text or names (usage counts are rule ids and numbers; follow-ups hold ticket ids and
 * URLs, so the toolbar can lead back to a ticket, and times).
 */
export const STORAGE_KEYS = {
  /** storage.sync: the agent's preferences (packs on/off, method, helpdesks, name, UI language), versioned. */
  prefs: 'prefs',
  /** storage.local: the preferences when storage.sync refused them (its quota). */
  prefsLocal: 'prefsLocal',
  /** storage.local: the team's packs, checked. */
  teamPacks: 'teamPacks',
  /** storage.local: packs saved as drafts (their examples fail). */
  teamDrafts: 'teamDrafts',
  /** storage.local: what the service worker publishes for itself and our pages (checked packs, policy). */
  publishedConfig: 'publishedConfig',
  /** storage.local: what a tab needs of it (which packs there are and the sites they define, the policy, UI strings): no rules. */
  tabConfig: 'tabConfig',
  /** storage.local: the UI language's strings chosen in the settings. */
  uiMessages: 'uiMessages',
  /** storage.local: custom helpdesk domains the agent turned Composure on for. */
  customSites: 'customSites',
  /** storage.local: usage counts per rule and day. */
  usage: 'usage',
  /** storage.local: promises agents made in sent replies — helpdesk, ticket id, URL, times and state only; counts per day. */
  followUps: 'followUps',
  /** storage.session: a site definition a page proposed, until the lead confirms it in the settings. */
  proposedSite: 'proposedSite',
} as const;

/** storage.local: the docked panel's width, collapsed state and suggestion language, per helpdesk. */
export const panelKey = (helpdesk: string) => `panel:${helpdesk}`;
