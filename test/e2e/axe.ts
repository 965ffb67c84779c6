import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Sidebar } from './chromium';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/** Serious and critical axe-core violations, as "rule: help (targets)". */
function summarise(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** axe-core over a whole page. Injected through the DevTools protocol, so page CSP does not stop it. */
export async function axePage(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(
    async () => (await (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run()).violations,
  );
  return summarise(violations as Violation[]);
}

/**
 * axe-core over the sidebar. Its shadow root is closed, and axe cannot walk into one even when
 * handed the element; so the rendered sidebar (markup and its own stylesheet, read through the
 * DevTools protocol) is copied into a blank page of the same browser, and axe checks the copy.
 */
export async function axeSidebar(page: Page, sidebar: Sidebar): Promise<string[]> {
  const { markup, css } = await sidebar.eval<{ markup: string; css: string }>(
    'function () { return { markup: this.outerHTML, css: this.getRootNode().querySelector("style").textContent }; }',
  );
  const copy = await page.context().newPage();
  await copy.setContent(
    `<!doctype html><html lang="en"><head><title>Composure sidebar</title><style>${css.replace(':host', 'body')}</style></head><body>${markup}</body></html>`,
  );
  const violations = await axePage(copy);
  await copy.close();
  return violations;
}
