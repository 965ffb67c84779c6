import type { LangText } from './pack-schema';

/** Picks the text in the first language of `prefer` that has one, else English, else any. */
export function pick(text: LangText | undefined, prefer: readonly string[]): { text: string; lang: string } {
  if (!text) return { text: '', lang: 'und' };
  for (const lang of [...prefer, 'en']) {
    const base = lang.split('-')[0] as string;
    const hit = text[lang] ?? text[base] ?? (base === 'nb' || base === 'nn' ? text.no : undefined);
    if (hit !== undefined) return { text: hit, lang: text[lang] !== undefined ? lang : base };
  }
  const [lang, first] = Object.entries(text)[0] ?? ['und', ''];
  return { text: first, lang };
}
