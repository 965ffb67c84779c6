// Part of `npm run lint`: the import rules of src/README.md, enforced. Fails on an import a
// folder may not make and on any import cycle, type-only ones included.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importProblems } from './lib/import-rules';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = new Map(files('src').map((f) => [f, readFileSync(f, 'utf8')]));
const problems = importProblems(sources);
for (const p of problems) console.error(`${p.file}: ${p.message}`);
if (problems.length) {
  console.error(`\n${problems.length} import problem(s). The rules: src/README.md and scripts/lib/import-rules.ts.`);
  process.exit(1);
}
console.log(`imports: ${sources.size} files, no forbidden import, no cycle`);
