import { normalizeText } from './normalize';

/**
 * Greek written in Latin letters (Greeklish), matched against the Greek phrases. Writers spell it
 * two ways, often mixed: visually ("8elw", "eyxaristw", "h" for η, "w" for ω) and phonetically
 * ("thelo", "efxaristo", "i" for η, υ, ει and οι alike). Neither can be turned back into Greek
 * spelling, so both the Greek phrases and the Latin text are reduced to one skeleton that
 * forgets what Greeklish cannot tell: η υ ι ει οι → i, ω → o, αι → e, ευ/εφ → ev, β → v, θ → 8,
 * ξ → 3, χ → x, doubled letters once. "Θέλω να ακυρώσω" and "8elw na akyrwsw", "thelo na akiroso"
 * all read "8elo na akiroso".
 *
 * The text's skeleton keeps, for each of its characters, where it came from in the original, so
 * evidence still points at the customer's own words. "th" is θ in "thelo" but τη in "thn" and
 * "thlefwno": the text is read both ways (`greeklishSkeletons`).
 */

/** Greek letters (lower case, without accents: normalizeText's output) in the skeleton's letters. */
const FROM_GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: '8',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: '3',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'x',
  ψ: 'ps',
  ω: 'o',
};

/** Latin letters that Greeklish uses for another Greek letter's sound than the skeleton's spelling. */
const FROM_LATIN: Record<string, string> = { w: 'o', h: 'i', b: 'v', u: 'y', c: 'k', q: 'k', j: 'g' };

/** One character of a skeleton and the span of the original text it stands for. */
interface Piece {
  ch: string;
  from: number;
  to: number;
}

const isSkeletonLetter = (ch: string | undefined) => ch !== undefined && /[a-z38]/.test(ch);

/**
 * The rules both sides share, on a run of skeleton letters: υ (y) is u after o (ου), v after a
 * or e (αυ, ευ), else i; f after a or e is v (ευχαριστώ, "efxaristo"); ει, οι → i; αι → e;
 * ks → 3; a doubled letter once.
 */
function settle(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    let ch = p.ch;
    if (ch === 'y') ch = prev?.ch === 'o' ? 'u' : prev?.ch === 'a' || prev?.ch === 'e' ? 'v' : 'i';
    else if (ch === 'f' && (prev?.ch === 'a' || prev?.ch === 'e')) ch = 'v';
    if (prev && isSkeletonLetter(prev.ch)) {
      // Two letters that are one sound: the first takes the second's place and span.
      const merged =
        ch === 'i' && (prev.ch === 'e' || prev.ch === 'o')
          ? 'i'
          : ch === 'i' && prev.ch === 'a'
            ? 'e'
            : ch === 's' && prev.ch === 'k'
              ? '3'
              : ch === prev.ch
                ? ch
                : undefined;
      if (merged !== undefined) {
        prev.ch = merged;
        prev.to = p.to;
        continue;
      }
    }
    out.push({ ch, from: p.from, to: p.to });
  }
  return out;
}

/** A Greek phrase (as the packs write it: words, *, |, ?, ...) in the skeleton's letters; the phrase syntax is kept. */
export function greekPhraseSkeleton(normalized: string): string {
  const pieces: Piece[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized[i] as string;
    const mapped = FROM_GREEK[c];
    if (mapped) for (const m of mapped) pieces.push({ ch: m, from: i, to: i + 1 });
    else pieces.push({ ch: c, from: i, to: i + 1 });
  }
  return settle(pieces)
    .map((p) => p.ch)
    .join('');
}

/** A Greek phrase's skeleton, to match Greeklish with; none for a phrase without Greek letters. */
export function greeklishPhrase(source: string): string | undefined {
  return /[\u0370-\u03ff\u1f00-\u1fff]/.test(source) ? greekPhraseSkeleton(normalizeText(source)) : undefined;
}

/** A skeleton of the text, and for each of its characters the span of the original it stands for. */
export interface Skeleton {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/**
 * The text's skeletons (normalised Latin-script text: lower case, no accents), "th" read as θ and
 * as τη: one skeleton when the text has no "th". Digits stand for letters only between letters
 * or before one ("8elw", "ari8mos", "3erei"), never in "10293" or "3 meres".
 */
export function greeklishSkeletons(normalized: string): Skeleton[] {
  const hasTh = normalized.includes('th');
  return hasTh ? [skeleton(normalized, true), skeleton(normalized, false)] : [skeleton(normalized, false)];
}

function skeleton(text: string, thIsTheta: boolean): Skeleton {
  const pieces: Piece[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    const prevLetter = /[a-z]/.test(text[i - 1] ?? '');
    if (c === 't' && next === 'h' && thIsTheta) {
      pieces.push({ ch: '8', from: i, to: i + 2 });
      i++;
    } else if ((c === 'c' || c === 'k') && next === 'h') {
      pieces.push({ ch: 'x', from: i, to: i + 2 });
      i++;
    } else if ((c === '8' || c === '3') && (prevLetter || /[a-z]/.test(next ?? ''))) {
      pieces.push({ ch: c, from: i, to: i + 1 });
    } else if (c >= '0' && c <= '9') {
      // A number stays a number: a space keeps its digits from joining a word.
      pieces.push({ ch: c === '8' || c === '3' ? '0' : c, from: i, to: i + 1 });
    } else pieces.push({ ch: FROM_LATIN[c] ?? c, from: i, to: i + 1 });
  }
  const settled = settle(pieces);
  const from = new Int32Array(settled.length + 1);
  const to = new Int32Array(settled.length + 1);
  let out = '';
  for (let k = 0; k < settled.length; k++) {
    const p = settled[k] as Piece;
    out += p.ch;
    from[k] = p.from;
    to[k] = p.to;
  }
  from[settled.length] = n;
  to[settled.length] = n;
  return { text: out, from, to };
}
