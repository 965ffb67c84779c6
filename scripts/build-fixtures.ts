// npm run build:fixtures — bundles the fixture apps whose editors are React components (Slate),
// from test/fixtures/<helpdesk>/app.src.jsx to app.js. Other fixtures load their editor's own
// browser build or ES modules directly.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

for (const helpdesk of readdirSync('test/fixtures')) {
  const entry = resolve('test/fixtures', helpdesk, 'app.src.jsx');
  if (!existsSync(entry)) continue;
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve('test/fixtures', helpdesk),
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'fixture', fileName: () => 'app.js' },
    },
  });
  console.log(`test/fixtures/${helpdesk}/app.js`);
}
