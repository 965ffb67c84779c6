import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { contentScriptIife } from './scripts/build/content-script-plugin.ts';
import { forBrowser, type Browser } from './scripts/build/manifest-for-browser.ts';
import { noInnerHtml } from './scripts/build/no-inner-html.ts';

// One static manifest.json is the source of truth; per-browser differences are applied here.
const browser: Browser = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = browser === 'firefox' ? 'dist-firefox' : 'dist';
const manifest = forBrowser(baseManifest as unknown as ManifestV3Export & Record<string, unknown>, browser, pkg.version);

// crxjs would load the content script through a module loader whose chunks must be
// web-accessible at fixed URLs (crxjs/chrome-extension-tools#1130), which lets any page
// fingerprint the extension. So crxjs never sees content_scripts: the plugin below bundles
// the content script into one classic script and puts the entry back into manifest.json.
const { content_scripts: contentScripts, ...manifestWithoutContent } = manifest as Record<string, unknown>;

export default defineConfig({
  plugins: [
    noInnerHtml(),
    preact(),
    crx({ manifest: manifestWithoutContent as unknown as ManifestV3Export, browser }),
    contentScriptIife({ contentScripts: contentScripts as ContentScripts, injected: ['src/teach/index.tsx'], outDir, browser }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: ['chrome120', 'firefox128'],
    // The modulepreload polyfill uses fetch(); extension pages need no preloading.
    modulePreload: false,
    sourcemap: false,
    // Pages the manifest does not name for crxjs in every browser (Firefox's sidebar_action) and
    // pages only the extension opens (practice).
    rollupOptions: { input: { panel: 'src/panel/index.html', practice: 'src/practice/index.html' } },
  },
  server: { port: 5199, strictPort: true },
});

type ContentScripts = { matches: string[]; js: string[]; run_at?: string; world?: string; all_frames?: boolean }[];
