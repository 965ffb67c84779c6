import type { Role } from './types';

/**
 * Messages whose author the page does not mark, and how they were read — one account for the
 * reader and for what the sidebar tells the agent: as the customer's (except the agent's own
 * name), as the agent's team's (except the requester's name or address), or by who opened the
 * ticket (that sender's as the customer's, the rest as the team's).
 */
export interface UnmarkedAuthors {
  count: number;
  readAs: 'customer' | 'team' | 'opener';
}

/** Where a definition (or one of its fields) came from; the report names it. */
export type DefinitionOrigin = 'built-in' | 'team' | 'policy';

/**
 * "What Composure sees on this page": every selector of the definition in use, found or not and
 * how often, the messages read by role, the reply box, and where each part of the definition
 * came from. Selectors and counts only — never a word of the ticket — so it can be pasted into
 * a bug report or sent to the team lead as it is.
 */
export interface SiteReport {
  helpdesk: string;
  definition: string;
  host: string;
  outcome: string;
  messages: Record<Role, number>;
  unmarked: number;
  olderHidden: boolean;
  composer: { found: boolean; kind?: string; selector?: string };
  parts: ReportPart[];
  warnings: string[];
}

export interface ReportPart {
  /** The definition's field, e.g. "conversation", "roles[2].selector". */
  path: string;
  selector: string;
  /** Elements found: in the page for page-wide parts, in how many messages for message parts. */
  count: number;
  origin: DefinitionOrigin;
  citation?: 'evidence' | 'fallback';
}

export function reportText(r: SiteReport): string {
  const lines = [
    'Composure — what it sees on this page',
    `helpdesk: ${r.helpdesk}; definition: ${r.definition}; host: ${r.host}`,
    `outcome: ${r.outcome}; messages: ${Object.entries(r.messages)
      .map(([role, n]) => `${role} ${n}`)
      .join(', ')}${r.unmarked ? `; authors not marked: ${r.unmarked}` : ''}${r.olderHidden ? '; older messages not loaded' : ''}`,
    `reply box: ${r.composer.found ? `found (${r.composer.kind}) by ${r.composer.selector ?? 'the last field used'}` : 'not found'}`,
    '',
    ...r.parts.map(
      (p) =>
        `${p.count ? '✓' : '✗'} ${String(p.count).padStart(3)}  ${p.path}  ${p.selector}  [${p.origin}${p.citation ? `, ${p.citation}` : ''}]`,
    ),
    ...r.warnings.map((w) => `! ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}
