import { normalizeText } from './normalize';

/**
 * Regular expressions for experts, on a linear-time engine: a Thompson NFA run as a Pike VM
 * over the normalised text, so no pattern can stall a tab — `(a+)+$` against 10,000 "a"s is
 * one pass. re2js does the same but weighs 45 kB gzip, more than our whole content script.
 * Supported: literals, ., [classes], \d \w \s \b (and negations), ^ $, groups, |, ? * + {n,m}.
 * Refused with a reason: backreferences and lookaround (no linear engine has them).
 * Matching ignores case and accents, like phrases.
 */
export class RegexError extends Error {}

type Pred = (ch: string) => boolean;
type Inst =
  | { op: 'char'; pred: Pred }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { op: 'match' };

type Node =
  | { t: 'char'; pred: Pred }
  | { t: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

const MAX_REPEAT = 100;
const MAX_PROGRAM = 4_000;
const isWord: Pred = (c) => /[\p{L}\p{N}_]/u.test(c);
const isDigit: Pred = (c) => c >= '0' && c <= '9';
const isSpace: Pred = (c) => /\s/u.test(c);

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) throw new RegexError(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return node;
  }

  private alt(): Node {
    const items = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? (items[0] as Node) : { t: 'alt', items };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.repeat(this.atom()));
    return { t: 'seq', items };
  }

  private repeat(node: Node): Node {
    const c = this.src[this.i];
    let min = -1,
      max = -1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new RegexError(`repeat count above ${MAX_REPEAT}`);
      if (max < min) throw new RegexError(`{${min},${max}} is backwards`);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same matches on this engine
    if (node.t === 'assert') throw new RegexError('a quantifier needs something to repeat');
    return this.repeat({ t: 'rep', node, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '(') {
      if (this.src[this.i] === '?') {
        const head = this.src.slice(this.i, this.i + 3);
        if (head.startsWith('?=') || head.startsWith('?!') || head === '?<=' || head === '?<!') {
          throw new RegexError('lookaround ((?=…), (?!…), (?<=…)) is not supported: it cannot run in linear time');
        }
        if (head.startsWith('?:')) this.i += 2;
        else if (head.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1 || this.src.length;
        else throw new RegexError(`unsupported group "(${head}"`);
      }
      const inner = this.alt();
      if (this.src[this.i++] !== ')') throw new RegexError('missing ")"');
      return inner;
    }
    if (c === '[') return { t: 'char', pred: this.charClass() };
    if (c === '.') return { t: 'char', pred: (ch) => ch !== '\n' };
    if (c === '^' || c === '$') return { t: 'assert', kind: c };
    if (c === '\\') return this.escape(false) as Node;
    if (c === '*' || c === '+' || c === '?') throw new RegexError(`"${c}" has nothing to repeat`);
    if (c === ')') throw new RegexError('unmatched ")"');
    return literal(c);
  }

  private escape(inClass: boolean): Node | Pred {
    const c = this.src[this.i++];
    if (c === undefined) throw new RegexError('pattern ends with "\\"');
    if (/[1-9]/.test(c) || c === 'k')
      throw new RegexError('backreferences (\\1, \\k<name>) are not supported: they cannot run in linear time');
    const classes: Record<string, Pred> = {
      d: isDigit,
      D: (x) => !isDigit(x),
      w: isWord,
      W: (x) => !isWord(x),
      s: isSpace,
      S: (x) => !isSpace(x),
    };
    if (classes[c]) return inClass ? (classes[c] as Pred) : { t: 'char', pred: classes[c] as Pred };
    if (!inClass && (c === 'b' || c === 'B')) return { t: 'assert', kind: c };
    const special: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
    const ch = special[c] ?? c;
    return inClass ? (x) => x === normalizeText(ch) : literal(ch);
  }

  private charClass(): Pred {
    const negate = this.src[this.i] === '^';
    if (negate) this.i++;
    const parts: Pred[] = [];
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let lo: string;
      if (this.src[this.i] === '\\') {
        this.i++;
        const p = this.escape(true) as Pred;
        if (this.src[this.i - 1] && /[dDwWsS]/.test(this.src[this.i - 1] as string)) {
          parts.push(p);
          continue;
        }
        lo = this.src[this.i - 1] as string;
      } else lo = this.src[this.i++] as string;
      if (this.src[this.i] === '-' && this.src[this.i + 1] && this.src[this.i + 1] !== ']') {
        const hi = this.src[this.i + 1] as string;
        this.i += 2;
        const [a, b] = [normalizeText(lo), normalizeText(hi)];
        parts.push((x) => x >= a && x <= b);
      } else {
        const n = normalizeText(lo);
        parts.push((x) => x === n);
      }
    }
    if (this.src[this.i++] !== ']') throw new RegexError('missing "]"');
    return negate ? (x) => !parts.some((p) => p(x)) : (x) => parts.some((p) => p(x));
  }
}

function literal(c: string): Node {
  const n = normalizeText(c);
  return { t: 'char', pred: (x) => x === n };
}

function emit(node: Node, prog: Inst[]): void {
  if (prog.length > MAX_PROGRAM) throw new RegexError('pattern is too large');
  switch (node.t) {
    case 'char':
      prog.push({ op: 'char', pred: node.pred });
      return;
    case 'assert':
      prog.push({ op: 'assert', kind: node.kind });
      return;
    case 'seq':
      for (const item of node.items) emit(item, prog);
      return;
    case 'alt': {
      const jumps: Inst[] = [];
      node.items.forEach((item, k) => {
        if (k < node.items.length - 1) {
          const split = { op: 'split', x: prog.length + 1, y: 0 } as Inst & { op: 'split' };
          prog.push(split);
          emit(item, prog);
          const jmp = { op: 'jmp', x: 0 } as Inst & { op: 'jmp' };
          prog.push(jmp);
          jumps.push(jmp);
          split.y = prog.length;
        } else emit(item, prog);
      });
      for (const j of jumps) (j as { x: number }).x = prog.length;
      return;
    }
    case 'rep': {
      for (let k = 0; k < node.min; k++) emit(node.node, prog);
      if (node.max === Infinity) {
        const split = { op: 'split', x: prog.length + 1, y: 0 } as Inst & { op: 'split' };
        const at = prog.length;
        prog.push(split);
        emit(node.node, prog);
        prog.push({ op: 'jmp', x: at });
        split.y = prog.length;
      } else {
        const splits: (Inst & { op: 'split' })[] = [];
        for (let k = node.min; k < node.max; k++) {
          const split = { op: 'split', x: prog.length + 1, y: 0 } as Inst & { op: 'split' };
          prog.push(split);
          splits.push(split);
          emit(node.node, prog);
        }
        for (const s of splits) s.y = prog.length;
      }
    }
  }
}

export interface SafeRegex {
  source: string;
  /** Non-overlapping matches in normalised text: [start, end) pairs. */
  exec(normalized: string, limit?: number): [number, number][];
}

export function compileSafeRegex(source: string): SafeRegex {
  if (source.length > 500) throw new RegexError('pattern is longer than 500 characters');
  const prog: Inst[] = [];
  emit(new Parser(source).parse(), prog);
  prog.push({ op: 'match' });
  return { source, exec: (text, limit = 20) => run(prog, text, limit) };
}

function holds(kind: '^' | '$' | 'b' | 'B', text: string, pos: number): boolean {
  if (kind === '^') return pos === 0 || text[pos - 1] === '\n';
  if (kind === '$') return pos === text.length || text[pos] === '\n';
  const boundary = isWord(text[pos - 1] ?? ' ') !== isWord(text[pos] ?? ' ');
  return kind === 'b' ? boundary : !boundary;
}

/** One pass over the text; at most one thread per instruction (the earliest start wins). */
function run(prog: Inst[], text: string, limit: number): [number, number][] {
  const longest = new Map<number, number>();
  let current: { pc: number; start: number }[] = [];
  const seen = new Int32Array(prog.length).fill(-1);

  const add = (list: { pc: number; start: number }[], pc: number, start: number, pos: number, gen: number) => {
    const stack = [pc];
    while (stack.length) {
      const p = stack.pop() as number;
      if (seen[p] === gen) continue;
      seen[p] = gen;
      const inst = prog[p] as Inst;
      if (inst.op === 'jmp') stack.push(inst.x);
      else if (inst.op === 'split') stack.push(inst.y, inst.x);
      else if (inst.op === 'assert') {
        if (holds(inst.kind, text, pos)) stack.push(p + 1);
      } else if (inst.op === 'match') longest.set(start, Math.max(longest.get(start) ?? -1, pos));
      else list.push({ pc: p, start });
    }
  };

  for (let pos = 0; pos <= text.length; pos++) {
    const gen = pos;
    const next: { pc: number; start: number }[] = [];
    // Threads already running keep priority over a new one started here (earlier start).
    const carried = current;
    current = [];
    for (const th of carried) add(current, th.pc, th.start, pos, gen);
    if (longest.size < limit) add(current, 0, pos, pos, gen);
    if (pos === text.length) break;
    const ch = text[pos] as string;
    for (const th of current) {
      const inst = prog[th.pc] as Inst & { op: 'char' };
      if (inst.pred(ch)) next.push({ pc: th.pc + 1, start: th.start });
    }
    current = next;
  }
  const out: [number, number][] = [];
  let after = -1;
  for (const [start, end] of [...longest].sort((a, b) => a[0] - b[0])) {
    if (start >= after && end > start) {
      out.push([start, end]);
      after = end;
    }
  }
  return out;
}
