import type { Plugin } from 'vite';

// e('selector', 'note') and fallback('selector', 'why') in src/adapters/<helpdesk>.ts
const CALL = /\b(e|fallback)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?\s*\)/g;

// A built-in's example ticket URLs (`urls: [...]`, src/adapters/site.ts BuiltIn): for tests only.
const URLS = /^ {2}urls: \[[^\]]*\],$/m;

/**
 * The content script ships the built-in site definitions but not their citations' notes (which
 * public source relies on each selector): those are for people reading the code, the report
 * keeps only whether a selector is evidenced or a fallback. Saves ~2.5 kB gzip on every ticket.
 * Nor the example ticket URLs each built-in is tested with (0.5 kB).
 */
export function dropCitationNotes(): Plugin {
  return {
    name: 'composure:drop-citation-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/adapters\/[a-z]+\.ts$/.test(id) || !code.includes('citations(')) return null;
      return { code: code.replace(CALL, "$1($2, '')").replace(URLS, '  urls: [],'), map: null };
    },
  };
}
