import { parse as parseYaml } from 'yaml';

/** A pack file's contents: JSON, or YAML (.yaml/.yml), with a plain-words error. */
export function parsePackFile(name: string, text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: /\.ya?ml$/i.test(name) ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: `${name} is not valid ${/\.ya?ml$/i.test(name) ? 'YAML' : 'JSON'}: ${(e as Error).message}` };
  }
}
