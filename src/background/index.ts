import browser, { type Runtime } from 'webextension-polyfill';
import { analysisConfigChanged, onAnalysisConnect } from './analysis-port';
import { onAlarm, onNotificationClicked, startFollowUps, tick } from './follow-ups';
import { handleMessage } from './messages';
import { syncCustomSites } from './custom-sites';
import { publishPacks } from './publish-packs';
import { openSidePanel } from '../lib/side-panel';
import { PREFS_KEY, PUBLISHED_CONFIG_KEY, TEAM_PACKS_KEY, forgetPolicy } from '../lib/storage';
import { STORAGE_KEYS } from '../lib/storage-keys';

// Listeners are registered synchronously at the top level: the worker is stopped after 30 s
// idle and restarted by the next event, which only reaches listeners registered at start.

browser.commands.onCommand.addListener(async (command, tab) => {
  // First, while the keyboard command still counts as the agent's action.
  if (command === 'side-panel') return void openSidePanel(tab?.windowId).catch(() => undefined);
  const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  if (command === 'toggle-sidebar' || command === 'focus-sidebar') {
    await browser.tabs.sendMessage(target, { type: command }).catch(() => undefined);
  }
});

browser.runtime.onInstalled.addListener(() => {
  void publishPacks();
  startFollowUps();
});
browser.runtime.onStartup.addListener(() => {
  void publishPacks();
  void syncCustomSites();
  startFollowUps();
});
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
// Notifications exist only once the agent allowed them (an optional permission): listened to
// at start when allowed before, and when the agent allows them now.
const clicked = (id: string) => void onNotificationClicked(id);
const listenToNotifications = () => {
  if (browser.notifications && !browser.notifications.onClicked.hasListener(clicked)) browser.notifications.onClicked.addListener(clicked);
};
listenToNotifications();
browser.permissions.onAdded.addListener(listenToNotifications);
browser.permissions.onRemoved.addListener(() => void syncCustomSites());
// The team's packs or the policy changed: checked and published again.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') forgetPolicy();
  // Tabs read the configuration as merged here: the agent's preferences change it too.
  if (area === 'managed' || TEAM_PACKS_KEY in changes || PREFS_KEY in changes || STORAGE_KEYS.prefsLocal in changes) void publishPacks();
  // A policy or the agent turned follow-ups off: the store empties and the badge clears.
  if (area === 'local' && PUBLISHED_CONFIG_KEY in changes) void tick();
  // What the analysis service compiled may be out of date: the packs, or the agent's choice of them.
  if (PUBLISHED_CONFIG_KEY in changes || PREFS_KEY in changes || STORAGE_KEYS.prefsLocal in changes) analysisConfigChanged();
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));
// Every tab's analysis (and practice's): one engine per browser, over a port per caller.
browser.runtime.onConnect.addListener(onAnalysisConnect);
