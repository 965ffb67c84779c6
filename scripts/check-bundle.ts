// The built-extension gate: run after `npm run build:all`. What ships must not fetch, must not
// expose files to pages, must not ask for every site, and must keep the content script small.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { weighScript } from './lib/bundle-parts.ts';

// The script every agent loads on every ticket tab, written once (issue 33) and not raised: code
// added to the content script pays with code removed. It reads the page, shows the sidebar and
// inserts; the analysis (engine, packs, models, language, promises) runs in the background, and
// the sidebar's styles and UI strings come with the tab's configuration. (Before: 45.25 KiB,
// raised four times, with the engine in every tab.)
const CONTENT_SCRIPT_BUDGET_GZIP = 25 * 1024;
let problems = 0;
const fail = (message: string) => {
  console.error(`✗ ${message}`);
  problems++;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const dir of ['dist', 'dist-firefox']) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.web_accessible_resources) fail(`${dir}: web_accessible_resources present (lets pages fingerprint the extension)`);
  const hosts = JSON.stringify([manifest.host_permissions, manifest.content_scripts?.map((c: { matches: string[] }) => c.matches)]);
  if (/<all_urls>|\*:\/\/\*\/\*/.test(hosts)) fail(`${dir}: asks for every site`);
  // storage for settings; activeTab so the popup knows its tab; scripting to register custom
  // helpdesk domains the agent grants; sidePanel (Chrome; Firefox declares sidebar_action) for
  // the browser's side panel; alarms for follow-ups coming due. None of them shows an install
  // warning. Notifications are asked for only when an agent turns reminders on.
  const expected = ['storage', 'activeTab', 'scripting', ...(dir === 'dist' ? ['sidePanel'] : []), 'alarms'];
  if (JSON.stringify(manifest.permissions) !== JSON.stringify(expected)) fail(`${dir}: unexpected permissions: ${manifest.permissions}`);
  if (JSON.stringify(manifest.optional_permissions ?? []) !== JSON.stringify(['notifications']))
    fail(`${dir}: unexpected optional permissions: ${manifest.optional_permissions}`);
  if (dir === 'dist-firefox' && !manifest.sidebar_action?.default_panel) fail(`${dir}: no sidebar_action for the side panel`);
  for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    const hit = code.match(/\bfetch\(|XMLHttpRequest|new WebSocket\(|sendBeacon\(|new EventSource\(|\beval\(|new Function\(/);
    if (hit) fail(`${file}: contains ${hit[0]}`);
  }
  const content = readFileSync(join(dir, 'content.js'));
  const gz = gzipSync(content, { level: 9 }).length;
  if (gz > CONTENT_SCRIPT_BUDGET_GZIP) fail(`${dir}/content.js is ${gz} B gzip, over the ${CONTENT_SCRIPT_BUDGET_GZIP} B budget`);
  // One character beyond Latin-1 makes V8 hold the whole source at two bytes a character, in every tab.
  const wide = content.findIndex((byte) => byte > 0x7f);
  if (wide >= 0) fail(`${dir}/content.js has a character beyond ASCII at byte ${wide} (see asciiOnly in scripts/build)`);
  console.log(`${dir}: content.js ${content.length} B raw, ${gz} B gzip, ASCII; ${files(dir).length} files; no WAR, no network APIs`);
}
if (dirExists('dist-firefox')) {
  const ff = JSON.parse(readFileSync('dist-firefox/manifest.json', 'utf8'));
  if (!ff.background?.scripts || !ff.browser_specific_settings?.gecko?.id) fail('dist-firefox: needs background.scripts and a gecko id');
}

// What each part of the content script weighs, so the next change knows what it pays with.
const { total, parts } = await weighScript('src/content/index.tsx', partOf);
console.log(`content.js by part (source-mapped, gzip shared out in proportion; ${total.gzip} B gzip rebuilt):`);
for (const p of parts) console.log(`${String(p.gzip).padStart(7)} B gzip ${String(p.bytes).padStart(7)} B  ${p.name}`);

/** A source path as the part it belongs to: a package, or a folder of src/ and its file. */
function partOf(source: string): string {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1] as string;
  const own = source.match(/\/src\/(.+)$/);
  return own ? (own[1] as string) : source;
}

function dirExists(d: string) {
  try {
    return statSync(d).isDirectory();
  } catch {
    return false;
  }
}
process.exit(problems ? 1 : 0);
