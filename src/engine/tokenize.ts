/** A word of normalised text with its place in the original. */
export interface Token {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

// Han characters are words of their own (Chinese has no spaces); any other run of letters,
// marks and digits is a word, with inner apostrophes and hyphens ("don't", "e-mail").
// Sentence ends are matched too, so phrases never match across sentences.
const WORD = /(\p{Script=Han})|([[\p{L}\p{M}\p{N}]--\p{Script=Han}]+(?:['\-][[\p{L}\p{M}\p{N}]--\p{Script=Han}]+)*)|([.!?;。！？；\n]+)/gv;

export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normalized); m; m = WORD.exec(normalized)) {
    if (m[3]) {
      sentence++;
      continue;
    }
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, sentence });
  }
  return tokens;
}

export function countWords(normalized: string): number {
  return tokenize(normalized).length;
}
