// What each part of a built script weighs: the script is built again with a source map (the same
// plugins and minifier as the real build), and every byte of the minified code is counted for the
// source file it came from. Gzip is shared out in proportion: compressing a part on its own would
// count the dictionary every part shares once per part.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { asciiOnly, CONTENT_MINIFY } from '../build/content-script-plugin.ts';
import { dropCitationNotes } from '../build/drop-citation-notes.ts';
import { noInnerHtml } from '../build/no-inner-html.ts';

export interface Part {
  name: string;
  bytes: number;
  gzip: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment's numbers (base64 VLQ). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** Bytes of `code` per source index, from the map's mappings (code before any mapping counts as `-1`). */
export function bytesPerSource(code: string, mappings: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (source: number, n: number) => counts.set(source, (counts.get(source) ?? 0) + n);
  const lines = code.split('\n');
  let source = 0;
  mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let column = 0;
    let from = 0;
    let owner = -1;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [dc = 0, ds] = decodeSegment(segment);
      column += dc;
      add(owner, Buffer.byteLength(text.slice(from, column)));
      from = column;
      if (ds !== undefined) {
        source += ds;
        owner = source;
      } else owner = -1;
      // The remaining fields (line, column, name) are not needed to know the file.
    }
    add(owner, Buffer.byteLength(text.slice(from)) + 1);
  });
  return counts;
}

/** The content-script entry's weight per part, as `part(source path)` groups it. */
export async function weighScript(entry: string, part: (source: string) => string): Promise<{ total: Part; parts: Part[] }> {
  const root = process.cwd();
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [noInnerHtml(), dropCitationNotes(), preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: ['chrome120', 'firefox128'],
      sourcemap: true,
      ...CONTENT_MINIFY,
      modulePreload: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'composure', fileName: () => 'weighed.js' },
    },
  });
  const output = (Array.isArray(out) ? out[0] : out) as {
    output: { type: string; code?: string; map?: { sources: string[]; mappings: string } }[];
  };
  const chunk = output.output.find((o) => o.type === 'chunk' && o.map);
  if (!chunk?.code || !chunk.map) throw new Error(`No source map for ${entry}`);
  const code = asciiOnly(chunk.code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const raw = Buffer.byteLength(code);
  // The \u escapes asciiOnly adds are counted where the map puts the characters they replace.
  const counts = bytesPerSource(chunk.code, chunk.map.mappings);
  const byPart = new Map<string, number>();
  for (const [index, bytes] of counts) {
    const name = index < 0 ? '(bundler glue)' : part(resolve(root, 'src', chunk.map.sources[index] ?? '?'));
    byPart.set(name, (byPart.get(name) ?? 0) + bytes);
  }
  const mapped = [...byPart.values()].reduce((a, b) => a + b, 0);
  const parts = [...byPart].map(([name, bytes]) => ({ name, bytes, gzip: Math.round((gzip * bytes) / mapped) }));
  parts.sort((a, b) => b.bytes - a.bytes);
  return { total: { name: entry, bytes: raw, gzip }, parts };
}
