export type Browser = 'chrome' | 'firefox';

/** Our gecko id: stable, so Firefox keeps storage across updates and policies can name it. */
export const GECKO_ID = 'composure@composure.invalid';

/**
 * Applies the per-browser differences to the static manifest.json.
 * Firefox MV3 has no service workers for extensions: it runs the same file as an event page.
 */
export function forBrowser<T extends Record<string, unknown>>(manifest: T, browser: Browser, version: string): T {
  const copy = structuredClone(manifest) as Record<string, unknown>;
  copy.version = version;
  if (browser === 'firefox') {
    const background = copy.background as { service_worker: string; type?: string };
    copy.background = { scripts: [background.service_worker], type: 'module' };
    copy.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: the first desktop Firefox with data_collection_permissions (and the current ESR).
        strict_min_version: '140.0',
        // Firefox's built-in data consent: Composure collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
    delete copy.minimum_chrome_version;
    // Firefox's side panel is the sidebar: the same page, declared its way.
    const sidePanel = copy.side_panel as { default_path: string } | undefined;
    delete copy.side_panel;
    copy.permissions = (copy.permissions as string[]).filter((p) => p !== 'sidePanel');
    if (sidePanel)
      copy.sidebar_action = {
        default_panel: sidePanel.default_path,
        default_title: '__MSG_extName__',
        default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
        // Opened by the agent (toolbar, popup, Alt+Shift+S), not on install.
        open_at_install: false,
      };
  }
  return copy as T;
}
