import type { SidebarState } from './types';

const NAME = 'composure-evidence';

/**
 * Highlights a signal's words in the conversation with the CSS Custom Highlight API: no
 * change to the helpdesk's DOM. Where the API is missing, nothing is highlighted.
 */
export function highlightEvidence(root: Element | null, state: SidebarState, signalIndex: number | null): void {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> })?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  registry.delete(NAME);
  if (signalIndex === null || state.kind !== 'ready') return;
  const signal = state.coaching.signals[signalIndex];
  if (!signal || !root) return;
  const ranges: Range[] = [];
  for (const e of signal.evidence) {
    const text = state.ticket.messages[e.message]?.text;
    const words = text?.slice(e.start, e.end);
    if (words) ranges.push(...findText(root, words));
  }
  if (ranges.length) registry.set(NAME, new HighlightCtor(...ranges));
  ensureStyle();
}

function findText(root: Element, needle: string): Range[] {
  const out: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && out.length < 10; node = walker.nextNode()) {
    const at = node.nodeValue?.indexOf(needle) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    out.push(range);
  }
  return out;
}

let styled = false;
function ensureStyle() {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${NAME}) { background-color: #fde68a; color: #111; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
