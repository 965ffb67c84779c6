import { cp, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { dropCitationNotes } from './drop-citation-notes.ts';
import { noInnerHtml } from './no-inner-html.ts';

type ContentScript = { matches: string[]; js: string[]; run_at?: string; world?: string; all_frames?: boolean };

interface Options {
  outDir: string;
  contentScripts: ContentScript[];
  /** Scripts the service worker injects on demand (scripting.executeScript), built the same way. */
  injected: string[];
  browser: 'chrome' | 'firefox';
}

/**
 * How content scripts are minified (also by the bundle gate's weighing): terser, two passes —
 * on the content script ~0.3 kB gzip smaller than Vite's own oxc (26,836 → 26,554 B, measured;
 * oxc's compress and mangle options gave nothing) and ~1 kB smaller than esbuild.
 */
export const CONTENT_MINIFY = { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } } as const;

/** src/content/index.tsx → content.js; src/teach/index.tsx → teach.js; src/content/bridge-ckeditor.ts → bridge-ckeditor.js. */
export const builtName = (entry: string) => {
  const parts = entry.split('/');
  const file = parts.pop() as string;
  return file === 'index.tsx' ? `${parts.pop()}.js` : `${file.replace(/\.tsx?$/, '')}.js`;
};

/**
 * Builds each content script as a single classic (IIFE) file and registers it in the built
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
      const entries = [...new Set([...options.contentScripts.flatMap((c) => c.js), ...options.injected])];
      for (const entry of entries) {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [noInnerHtml(), dropCitationNotes(), preact()],
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir,
            emptyOutDir: false,
            target: ['chrome120', 'firefox128'],
            sourcemap: false,
            ...(process.env.COMPOSURE_PROFILE ? { minify: false } : CONTENT_MINIFY),
            modulePreload: false,
            lib: { entry: resolve(root, entry), formats: ['iife'], name: 'composure', fileName: () => builtName(entry) },
          },
        });
      }
      for (const entry of entries) {
        const file = resolve(outDir, builtName(entry));
        await writeFile(file, asciiOnly(await readFile(file, 'utf8')));
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.content_scripts = options.contentScripts.map((script) => ({ ...script, js: script.js.map(builtName) }));
      delete manifest.web_accessible_resources;
      await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      // Chrome calls Norwegian Bokmål "no"; Firefox looks for "nb".
      if (options.browser === 'firefox') await cp(resolve(outDir, '_locales/no'), resolve(outDir, '_locales/nb'), { recursive: true });
    },
  };
}

/**
 * The script with every character beyond ASCII written as a \u escape. V8 keeps a script's
 * source in memory for as long as the page lives, one byte a character when all of them are
 * Latin-1 and two otherwise: one "！" in a regex doubled the 125 kB every ticket tab holds. Only
 * string and regex literals hold such characters in minified code, and both read \uXXXX alike.
 */
export function asciiOnly(code: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose
  return code.replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
