import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SIGNAL_IDS, type SignalId } from '../../src/engine/types';

/**
 * The written-support-message corpus (test/corpus/support/<lang>.jsonl): one customer message a
 * line, labelled with the signals a careful reader agrees are there (`must`), those that could go
 * either way (`may`) and, implicitly, every other signal as one that must not fire. See its README.
 */
export interface SupportMessage {
  id: string;
  lang: string;
  channel: 'email' | 'chat';
  text: string;
  must: SignalId[];
  may: SignalId[];
  /** Must-not signals the writer made explicit: the tempting false alarm of the message. */
  trap: SignalId[];
  phenomena: string[];
}

export const SUPPORT_DIR = resolve('test/corpus/support');

/**
 * Split once by a hash of the message's text: two thirds to tune on, one third read once per
 * release (`npm run eval:support -- --final`, counted in docs/eval-support-final.json). The hash is
 * the public corpora's (FNV-1a), with its own cut so the two splits are independent.
 */
export function supportPart(text: string): 'tune' | 'final' {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 0) >>> 7) % 3 === 0 ? 'final' : 'tune';
}

export function loadSupportCorpus(dir = SUPPORT_DIR): SupportMessage[] {
  if (!existsSync(dir)) throw new Error(`No support corpus at ${dir}.`);
  const known = new Set<string>(SIGNAL_IDS);
  const out: SupportMessage[] = [];
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.jsonl$/.test(f))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (!line.trim()) return;
        const m = JSON.parse(line) as SupportMessage;
        for (const id of [...m.must, ...(m.may ?? []), ...(m.trap ?? [])])
          if (!known.has(id)) throw new Error(`${file}:${n + 1}: unknown signal "${id}"`);
        out.push({ ...m, may: m.may ?? [], trap: m.trap ?? [], phenomena: m.phenomena ?? [] });
      });
  }
  return out;
}

/** How one message was read: the signals it must show and did not, and those it must not show and did. */
export function judge(m: SupportMessage, shown: readonly string[]): { missed: SignalId[]; false: SignalId[]; right: boolean } {
  const fired = new Set(shown);
  const missed = m.must.filter((s) => !fired.has(s));
  const wrong = [...fired].filter((s) => !m.must.includes(s as SignalId) && !m.may.includes(s as SignalId)) as SignalId[];
  return { missed, false: wrong, right: missed.length === 0 && wrong.length === 0 };
}
