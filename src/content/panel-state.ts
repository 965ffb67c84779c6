import { browser } from '../lib/browser';
import { DEFAULT_PANEL, MAX_WIDTH, MIN_WIDTH, type PanelState } from '../ui/types';

const key = (helpdesk: string) => `panel:${helpdesk}`;

/** The panel's look per helpdesk (collapsed, width, language), kept in storage.local. */
export async function readPanel(helpdesk: string): Promise<PanelState> {
  try {
    const stored = (await browser.storage.local.get(key(helpdesk)))[key(helpdesk)] as Partial<PanelState> | undefined;
    const width = Number(stored?.width);
    return {
      collapsed: stored?.collapsed === true,
      width: Number.isFinite(width) ? Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)) : DEFAULT_PANEL.width,
      agentLanguage: stored?.agentLanguage === true,
    };
  } catch {
    return DEFAULT_PANEL;
  }
}

export async function savePanel(helpdesk: string, panel: PanelState): Promise<void> {
  try {
    const { layoutNotice: _said, ...kept } = panel;
    await browser.storage.local.set({ [key(helpdesk)]: kept });
  } catch {
    // A full storage quota costs the agent their panel width, nothing else.
  }
}
