import type { Coaching, Ticket } from '../engine/types';

export type SidebarState =
  | { kind: 'reading' }
  | { kind: 'off' }
  | { kind: 'problem'; helpdesk: string; problem: string }
  | { kind: 'ready'; ticket: Ticket; coaching: Coaching; composerFound: boolean };

export interface SidebarActions {
  insert(text: string): void;
  copy(text: string): void;
  /** "Not helpful": hide for this ticket, count locally per rule. */
  hide(ruleKey: string): void;
  highlight(signalIndex: number | null): void;
  openOptions(): void;
  toggle(): void;
}
