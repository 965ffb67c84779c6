import { useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Runtime } from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { PANEL_PORT, type PanelAction, type PanelUpdate } from '../ui/panel-protocol';
import { Sidebar } from '../ui/Sidebar';
import { DEFAULT_PANEL, type PanelState, type SidebarActions, type SidebarState } from '../ui/types';

/** How often to look again for a sidebar in the followed tab when it has none yet (a page still loading). */
const RETRY_MS = 1_500;

/**
 * The tab to follow. In the browser's side panel: the active tab of its window. Opened as a
 * tab of its own ("pop out", or a test): the most recently used other tab with a sidebar.
 */
async function followedTab(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of others) if (await hasSidebar(tab.id as number)) return tab.id;
  return undefined;
}

/** Whether a tab's content script answers: a port that stays open and says something within a second. */
function hasSidebar(tabId: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = browser.tabs.connect(tabId, { name: PANEL_PORT });
    const done = (answer: boolean) => {
      clearTimeout(timer);
      probe.disconnect();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), 1_000);
    probe.onMessage.addListener(() => done(true));
    probe.onDisconnect.addListener(() => done(false));
  });
}

/**
 * The browser's side panel (Chrome sidePanel, Firefox sidebar_action): the sidebar of the
 * active tab, narrowing the page instead of covering it. It follows the tab the agent is on;
 * `?tab=<id>` pins it to one tab (the panel opened as a page, as the tests do).
 */
export function SidePanel() {
  const [view, setView] = useState<{ state: SidebarState; panel: PanelState }>({
    state: { kind: 'none' },
    panel: DEFAULT_PANEL,
  });
  const port = useRef<Runtime.Port | undefined>(undefined);

  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let connectedTo: number | undefined;

    const connect = async () => {
      clearTimeout(retry);
      const tabId = pinned ?? (await followedTab());
      if (tabId === connectedTo && port.current) return;
      port.current?.disconnect();
      port.current = undefined;
      connectedTo = tabId;
      if (tabId === undefined) {
        setView((v) => ({ ...v, state: { kind: 'none' } }));
        retry = setTimeout(() => void connect(), RETRY_MS);
        return;
      }
      const next = browser.tabs.connect(tabId, { name: PANEL_PORT });
      port.current = next;
      next.onMessage.addListener((message: unknown) => {
        const update = message as PanelUpdate;
        if (update?.type === 'state') setView({ state: update.state, panel: update.panel });
      });
      next.onDisconnect.addListener(() => {
        if (port.current !== next) return;
        // No sidebar in that tab (not a helpdesk, or still loading): say so, and look again.
        port.current = undefined;
        connectedTo = undefined;
        setView((v) => ({ ...v, state: { kind: 'none' } }));
        retry = setTimeout(() => void connect(), RETRY_MS);
      });
    };

    void connect();
    const onActivated = () => void connect();
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete' && (tabId === connectedTo || connectedTo === undefined)) {
        connectedTo = undefined;
        void connect();
      }
    };
    if (!pinned) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearTimeout(retry);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      port.current?.disconnect();
    };
  }, []);

  const send = (action: PanelAction) => port.current?.postMessage(action);
  const actions: SidebarActions = {
    insert: (text, rule) => send({ type: 'insert', text, rule }),
    copy: (text, rule) => {
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      if (rule) void browser.runtime.sendMessage({ type: 'usage', context: 'live', records: [{ rule, event: 'copied' }] });
    },
    hide: (rule) => send({ type: 'hide', rule }),
    highlight: (index) => send({ type: 'highlight', index }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    setPanel: (update) => send({ type: 'set-panel', update }),
    genericMode: () => send({ type: 'use-generic' }),
    teach: () => send({ type: 'teach' }),
    dismissFollowUp: (id) => send({ type: 'dismiss-follow-up', id }),
    showReport: () => send({ type: 'show-report' }),
    closeReport: () => send({ type: 'close-report' }),
  };
  document.title = view.state.kind === 'ready' ? `Composure · ${view.state.ticket.id ?? ''}` : `Composure · ${t('panelNoTicket')}`;
  return <Sidebar state={view.state} panel={view.panel} actions={actions} placement="browser" />;
}
