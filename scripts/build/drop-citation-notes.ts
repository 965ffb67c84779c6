import type { Plugin } from 'vite';

// e('selector', 'note') and fallback('selector', 'why') in src/adapters/<helpdesk>.ts
const CALL = /\b(e|fallback)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?\s*\)/g;
// citations('helpdesk-dom.md, <section>') and the example ticket URLs (`urls: [...]`, for tests only)
const SECTION = /\bcitations\('(?:[^'\\]|\\.)*'\)/;
const URLS = /^(\s*)urls: \[[^\]]*\],$/m;

/**
 * The content script ships the built-in site definitions but not their citations' notes (which
 * public source relies on each selector) nor their example ticket URLs: those are for people
 * reading the code and for the tests, the report keeps only whether a selector is evidenced or a
 * fallback. Saves ~2.5 kB gzip on every ticket (notes), and 0.6 kB more (sections, URLs).
 */
export function dropCitationNotes(): Plugin {
  return {
    name: 'composure:drop-citation-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/adapters\/[a-z]+\.ts$/.test(id) || !code.includes('citations(')) return null;
      return { code: code.replace(CALL, "$1($2, '')").replace(SECTION, "citations('')").replace(URLS, '$1urls: [],'), map: null };
    },
  };
}
