import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Where fixture pages load their real editor libraries from: /vendor/<name>/… → node_modules. */
const VENDOR: Record<string, string> = {
  ckeditor5: 'node_modules/ckeditor5/dist/browser',
};
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves a fixture helpdesk at its real origin (e.g. https://acme.zendesk.com) by request
 * routing, so the extension's own match patterns decide, as on the live site. Any path that is
 * not a fixture file or a vendor file gets the fixture's index.html (the app is an SPA).
 * `rewrite` lets a test break the page (renamed selectors) without another fixture copy.
 */
export async function routeFixture(context: BrowserContext | Page, origin: string, dir: string, rewrite?: (html: string) => string) {
  await context.route(`${origin}/**`, async (route) =>
    route.fulfill(fixtureResponse(dir, new URL(route.request().url()).pathname, rewrite)),
  );
}

/** The response a fixture helpdesk gives for `path`: for Playwright's routes and for Firefox's request interception alike. */
export function fixtureResponse(
  dir: string,
  path: string,
  rewrite?: (html: string) => string,
): { status: number; contentType: string; body: string } {
  const vendor = /^\/vendor\/([^/]+)\/(.+)$/.exec(path);
  let file: string;
  if (path.startsWith('/fixture-shared/')) file = join('test/fixtures/shared', basename(path));
  else if (vendor?.[1] === 'npm') file = normalize(join('node_modules', vendor[2] as string));
  else if (vendor?.[1] && VENDOR[vendor[1]]) file = normalize(join(VENDOR[vendor[1]] as string, vendor[2] as string));
  // A page of the app other than its shell (ServiceNow's incident.do in its frame).
  else if (existsSync(join(dir, `${basename(path)}.html`))) file = join(dir, `${basename(path)}.html`);
  // Fixture files by name, wherever the SPA's current path puts relative URLs.
  else if (/\.(js|css)$/.test(path) && existsSync(join(dir, basename(path)))) file = join(dir, basename(path));
  else file = join(dir, 'index.html');
  if (!existsSync(file)) return { status: 404, contentType: 'text/plain', body: 'not found' };
  let body = readFileSync(file, 'utf8');
  // Import maps cannot be loaded by src: the shared one is inlined into fixture pages.
  if (file.endsWith('.html')) {
    body = body.replace(
      '<script type="importmap" src="/fixture-shared/importmap.json"></script>',
      () => `<script type="importmap">${readFileSync('test/fixtures/shared/importmap.json', 'utf8')}</script>`,
    );
  }
  if (rewrite && file.endsWith('.html')) body = rewrite(body);
  if (rewrite && /\.(js|jsx)$/.test(file) && !file.includes('node_modules')) body = rewrite(body);
  return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body };
}
