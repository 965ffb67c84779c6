import { cp, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './no-inner-html.ts';

interface Options {
  entry: string;
  outDir: string;
  contentScripts: { matches: string[]; js: string[]; run_at?: string }[];
  browser: 'chrome' | 'firefox';
}

export const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * Builds the content script as a single classic (IIFE) file and registers it in the built
 * manifest. A classic script needs no dynamic import, so nothing has to be web-accessible.
 * Any web_accessible_resources crxjs added are removed: no file of ours is loadable by a page.
 */
export function contentScriptIife(options: Options): Plugin {
  let root = process.cwd();
  return {
    name: 'composure:content-script-iife',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async closeBundle() {
      const outDir = resolve(root, options.outDir);
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [noInnerHtml(), preact()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          target: ['chrome120', 'firefox128'],
          sourcemap: false,
          modulePreload: false,
          lib: {
            entry: resolve(root, options.entry),
            formats: ['iife'],
            name: 'composureContent',
            fileName: () => CONTENT_SCRIPT_FILE,
          },
        },
      });
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.content_scripts = options.contentScripts.map((script) => ({ ...script, js: [CONTENT_SCRIPT_FILE] }));
      delete manifest.web_accessible_resources;
      await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      // Chrome calls Norwegian Bokmål "no"; Firefox looks for "nb".
      if (options.browser === 'firefox') await cp(resolve(outDir, '_locales/no'), resolve(outDir, '_locales/nb'), { recursive: true });
    },
  };
}
