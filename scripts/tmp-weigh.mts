import { weighScript } from '/work/wt/thin-tabs/scripts/lib/bundle-parts.ts';
const r = await weighScript('src/content/index.tsx', (s) => s.replace(/.*\/(src|node_modules)\//, '$1/'));
console.log(r.total);
for (const p of r.parts.slice(0, 60)) console.log(String(p.bytes).padStart(7), String(p.gzip).padStart(6), p.name);
