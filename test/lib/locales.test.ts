import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_KINDS } from '../../src/engine/pack-schema';
import { SIGNAL_IDS } from '../../src/engine/types';

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = load('en');
const languages = readdirSync('public/_locales');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('exist in the six languages of the documents', () => {
    expect(languages.sort()).toEqual(['de', 'el', 'en', 'no', 'sk', 'zh_CN']);
  });

  it.each(languages)('%s has every key, with the same placeholders, and nothing else', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      expect(message.match(/\$\d/g)?.sort(), key).toEqual(en[key]?.message.match(/\$\d/g)?.sort());
    }
  });

  it('covers every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sources('src'))
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1] as string);
    for (const id of SIGNAL_IDS) used.add(`signal_${id.replace(/-/g, '_')}`);
    for (const kind of SUGGESTION_KINDS) used.add(`kind_${kind.replace(/-/g, '_')}`);
    for (const origin of ['bundled', 'team', 'policy']) used.add(`origin_${origin}`);
    expect([...used].filter((key) => !en[key])).toEqual([]);
  });
});
