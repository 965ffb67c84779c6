// Runs a TypeScript script bundled (esbuild, once, cached until a source file changes) rather than
// through tsx: the command line and the benchmarks measure the engine, not a transpiler's
// start-up and its per-function wrappers.   node scripts/run.mjs scripts/analyze.ts [args…]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = resolve(process.argv[2] ?? '');
// Per checkout: worktrees that share one node_modules must not run each other's bundles (the
// freshness check below only sees the files the cached bundle was built from).
const cacheDir = resolve('node_modules/.cache/composure', createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8));
const out = resolve(cacheDir, `${basename(entry, '.ts')}.mjs`);
// A script's worker (<name>-worker.ts beside it) is bundled beside it too.
const worker = entry.replace(/\.ts$/, '-worker.ts');
const entries = existsSync(worker) ? [entry, worker] : [entry];
const inputsFile = `${out}.inputs.json`;

function fresh() {
  if (!existsSync(out) || !existsSync(inputsFile)) return false;
  const built = statSync(out).mtimeMs;
  return JSON.parse(readFileSync(inputsFile, 'utf8')).every((f) => existsSync(f) && statSync(f).mtimeMs <= built);
}

if (!fresh()) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const result = await build({
    entryPoints: entries,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: cacheDir,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs).map((f) => resolve(f))));
}
process.argv.splice(1, 2, entry);
await import(pathToFileURL(out).href);
