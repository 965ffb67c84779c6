import type { SidebarState } from './types';

/** What the popup shows of a tab: names and counts, never the ticket's text. */
export interface TabStatus {
  helpdesk: string;
  state: SidebarState['kind'];
  ticketId?: string;
  requester?: string;
  messages?: number;
  signals?: string[];
  composerFound?: boolean;
  collapsed: boolean;
  placement: 'page' | 'browser';
}
