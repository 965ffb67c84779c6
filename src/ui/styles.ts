import hold from './send-hold.css?inline';
import sidebar from './sidebar.css?inline';
import tokens from './tokens.css?inline';

/** The sidebar's styles, inside its shadow root: the helpdesk's CSS can't reach in, ours can't leak out. */
export const SIDEBAR_CSS = `${tokens}\n${sidebar}`;

/** The send-hold confirmation's styles, in its own shadow root (published for tabs like the sidebar's). */
export const SEND_HOLD_CSS = hold;
