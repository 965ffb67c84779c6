import type { Plugin } from 'vite';

const ASSIGNMENT = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/;

/**
 * Compiles Preact's one HTML sink (the `dangerouslySetInnerHTML` branch of its diff) into an
 * error, so the shipped code contains no innerHTML assignment at all: ticket text can never
 * become markup, and AMO's linter finds no UNSAFE_VAR_ASSIGNMENT. Our own code never uses the
 * prop (Biome's noDangerouslySetInnerHtml and scripts/check-sinks.ts enforce it). The build
 * fails if a Preact update moves the code, rather than silently shipping the sink.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'composure:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.m?js$/.test(id)) return null;
      if (!ASSIGNMENT.test(code)) this.error(`Preact's innerHTML assignment was not found in ${id}; update scripts/build/no-inner-html.ts`);
      return { code: code.replace(ASSIGNMENT, '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Composure")})()'), map: null };
    },
  };
}
