import browser from 'webextension-polyfill';

type ChromeSidePanel = { open(options: { windowId?: number; tabId?: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void>; toggle?(): Promise<void> };

/**
 * Opens the browser's own side panel on Composure (Chrome sidePanel, Firefox sidebar_action).
 * Both browsers allow it only in answer to the agent's action (a click, a keyboard command), so
 * callers call it first, before anything they await.
 */
export function openSidePanel(windowId?: number): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) return sidePanel.open({ windowId });
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}

/** Whether this browser can show Composure in its side panel. */
export function hasSidePanel(): boolean {
  return Boolean(
    (globalThis as { chrome?: { sidePanel?: unknown } }).chrome?.sidePanel ||
      (browser as unknown as { sidebarAction?: unknown }).sidebarAction,
  );
}
