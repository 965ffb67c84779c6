/** Small DOM helpers shared by adapters. Read-only: adapters never change the helpdesk's DOM. */

export function text(el: Element | null | undefined): string {
  // innerText, not textContent: it keeps the line breaks a reader sees and drops hidden text.
  return (el as HTMLElement | null)?.innerText?.trim() ?? el?.textContent?.trim() ?? '';
}

export function attr(el: Element | null | undefined, name: string): string | undefined {
  return el?.getAttribute(name) ?? undefined;
}

export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
