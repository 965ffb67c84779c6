/**
 * What may import what under src/ (the table in src/README.md, as code). A folder may import
 * itself and the places listed; "lib/i18n" allows that one module of a folder. Entry folders
 * never import each other. The engine is pure, so every folder may use it.
 */
export const ALLOWED: Record<string, string[]> = {
  engine: [],
  packs: ['engine'],
  adapters: ['engine'],
  ui: ['engine', 'lib/i18n'],
  lib: ['engine'],
  content: ['adapters', 'engine', 'ui', 'lib'],
  background: ['engine', 'lib', 'packs', 'ui/styles', 'adapters/registry', 'public/_locales/en'],
  options: ['engine', 'ui', 'lib', 'packs', 'adapters', 'public/_locales'],
  popup: ['engine', 'ui', 'lib', 'packs', 'adapters/registry', 'adapters/types'],
  panel: ['engine', 'ui', 'lib'],
  practice: ['engine', 'ui', 'lib', 'packs'],
  teach: ['adapters', 'engine', 'lib', 'ui'],
};

export interface ImportProblem {
  file: string;
  message: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The relative imports of a source text, as written. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

/** Resolves `spec` from `file` (both repository paths) to a path without its extension. */
export function resolveImport(file: string, spec: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const piece of spec.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/').replace(/\.(tsx?|js|json)$/, '');
}

const folderOf = (path: string) => path.split('/')[1] ?? '';
const moduleOf = (path: string) =>
  path
    .split('/')
    .slice(1)
    .join('/')
    .replace(/\/index$/, '');

/**
 * Every forbidden import and every import cycle in a tree of sources (path → text), with a
 * message saying which rule it breaks.
 */
export function importProblems(sources: Map<string, string>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const graph = new Map<string, string[]>();
  const known = new Set([...sources.keys()].map((f) => f.replace(/\.(tsx?|js)$/, '')));
  const node = (target: string) => (known.has(target) ? target : known.has(`${target}/index`) ? `${target}/index` : target);
  for (const [file, text] of sources) {
    const from = folderOf(file);
    const edges: string[] = [];
    for (const spec of importsOf(text)) {
      const target = resolveImport(file, spec);
      edges.push(node(target));
      const inside = target.startsWith('src/');
      const to = inside ? folderOf(target) : target;
      if (inside && to === from) continue;
      const allowed = ALLOWED[from];
      if (!allowed) {
        problems.push({ file, message: `src/${from}/ is not in the import table (scripts/lib/import-rules.ts)` });
        continue;
      }
      const name = inside ? moduleOf(target) : target;
      const ok = allowed.some((a) => (inside ? name === a || name.startsWith(`${a}/`) || to === a : target.startsWith(a)));
      if (!ok)
        problems.push({
          file,
          message: `${from}/ may not import ${inside ? `${name}` : target} ("${spec}"); it may import ${allowed.join(', ') || 'only itself'}`,
        });
    }
    graph.set(file.replace(/\.(tsx?|js)$/, ''), edges);
  }
  for (const cycle of cycles(graph)) problems.push({ file: `${cycle[0]}`, message: `import cycle: ${[...cycle, cycle[0]].join(' → ')}` });
  return problems;
}

/** Strongly connected groups of more than one module (or a module importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.reverse());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
