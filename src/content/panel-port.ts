import type { Runtime } from 'webextension-polyfill';
import { PANEL_PORT, type PanelAction, type PanelUpdate, forPanel } from '../ui/panel-protocol';
import type { SidebarActions } from '../ui/types';
import type { View } from './view';

/**
 * The browser's side panels showing this tab's sidebar: each gets the sidebar's state after every
 * paint and sends the agent's actions back. What arrives is checked field by field: the port is
 * the extension's own, but a panel page may be from an older version.
 */
export function createPanelPorts(view: View, actions: SidebarActions) {
  const ports = new Set<Runtime.Port>();
  view.ctx.onEnd(() => {
    for (const port of ports) port.disconnect();
    ports.clear();
  });

  function post(port: Runtime.Port, message: PanelUpdate) {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port);
    }
  }

  function act(action: PanelAction) {
    if (!view.ctx.alive()) return;
    if (action?.type === 'insert' && typeof action.text === 'string')
      actions.insert(action.text, typeof action.rule === 'string' ? action.rule : undefined);
    else if (action?.type === 'hide' && typeof action.rule === 'string') actions.hide(action.rule);
    else if (action?.type === 'highlight') actions.highlight(typeof action.index === 'number' ? action.index : null);
    else if (action?.type === 'set-panel' && action.update && typeof action.update === 'object')
      actions.setPanel({ agentLanguage: action.update.agentLanguage === true });
    else if (action?.type === 'use-generic') actions.genericMode();
    else if (action?.type === 'teach') actions.teach();
    else if (action?.type === 'dismiss-follow-up' && typeof action.id === 'string') actions.dismissFollowUp?.(action.id);
    else if (action?.type === 'show-report') actions.showReport();
    else if (action?.type === 'close-report') actions.closeReport();
  }

  return {
    /** Whether a side panel shows this tab: the in-page sidebar steps aside meanwhile. */
    connected: () => ports.size > 0,
    connect(port: Runtime.Port) {
      if (port.name !== PANEL_PORT || view.ctx.ended) return;
      ports.add(port);
      port.onMessage.addListener((message: unknown) => act(message as PanelAction));
      port.onDisconnect.addListener(() => {
        ports.delete(port);
        view.paint();
      });
      view.paint();
    },
    broadcast() {
      if (!ports.size) return;
      const update: PanelUpdate = { type: 'state', state: forPanel(view.state), panel: view.panel };
      for (const port of ports) post(port, update);
    },
  };
}
