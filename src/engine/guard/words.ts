/** A word of a text with where it is: Han characters are each a word (Chinese writes no spaces). */
export interface Word {
  key: string;
  start: number;
  end: number;
  han: boolean;
}

const WORD = /\p{Script=Han}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    key: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    han: /\p{Script=Han}/u.test(m[0]),
  }));
}

/** Case, accents and final sigma aside: "MÜLLER", "Müller" and "muller" are one word. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');
}
