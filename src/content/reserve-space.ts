/**
 * Makes room for the docked sidebar instead of covering the helpdesk: the page's root gets a
 * right margin as wide as the panel, so the helpdesk lays itself out in what is left (its own
 * right-hand panels and buttons move left, not under ours). The page's own inline value is put
 * back when the panel goes. Pages that pin their layout to the viewport with position: fixed do
 * not reflow this way; there the agent collapses the panel (Alt+Shift+C) or moves it to the
 * browser's side panel.
 */
export function reserveSpace(doc: Document, px: number): void {
  const root = doc.documentElement;
  const before = saved.get(doc);
  if (px <= 0) {
    if (before === undefined) return;
    root.style.setProperty('margin-right', before.value, before.priority);
    saved.delete(doc);
    return;
  }
  if (before === undefined)
    saved.set(doc, { value: root.style.getPropertyValue('margin-right'), priority: root.style.getPropertyPriority('margin-right') });
  root.style.setProperty('margin-right', `${px}px`, 'important');
}

const saved = new WeakMap<Document, { value: string; priority: string }>();
