import type { PackError } from './pack-error';
import type { DraftCheck, Matcher, Method, Pack, PackSuggestion, SignalRule, Step } from './pack-schema';
import { greeklishPhrase } from './greeklish';
import { PhraseError, parsePhrase } from './phrase';
import { spellingVariants } from './spellings';
import { PhraseIndex } from './phrase-index';
import { RegexError, type SafeRegex, compileSafeRegex } from './safe-regex';
import type { RuleRef } from './types';

export interface CompiledMatcher {
  regexes: SafeRegex[];
  /** Matcher id of this matcher's exceptions, if it has any. */
  exceptions?: number;
  shouting?: { minRatio: number; minLetters: number };
  punctuation?: { min: number };
  masked: boolean;
  negatable: boolean;
}

/**
 * Which texts a matcher is for: the customer's messages (signals) or the agent's words (earlier
 * replies and the draft: method steps and draft checks). Each side has its own index, so a
 * customer message is never scanned for draft-check phrases, nor a reply for signals.
 */
export type Side = 'customer' | 'agent';

export interface CompiledPacks {
  index: Record<Side, PhraseIndex>;
  /** The Greek phrases as Greeklish skeletons (greeklish.ts), for Greek written in Latin letters. */
  greeklish: Record<Side, PhraseIndex>;
  matchers: CompiledMatcher[];
  signalRules: { rule: SignalRule; ref: RuleRef; matcher: number }[];
  /** For each matcher, the index of the signal rule it belongs to (-1 for steps, checks, exceptions). */
  signalRuleOf: number[];
  /**
   * The matcher of each signal's strongest rule (the first of equal weight): where a structure step
   * (ultimatum.ts, service-failure.ts, …) puts what it finds, with its words as evidence.
   */
  strongestOf: Partial<Record<SignalRule['signal'], number>>;
  methods: { method: Method; pack: string; steps: { step: Step; ref: RuleRef; matcher: number }[] }[];
  /** `steps` pre-split as [method, step]; `key` is "pack/rule" (for hidden rules). */
  suggestions: { suggestion: PackSuggestion; ref: RuleRef; key: string; steps: [string, string][] }[];
  draftChecks: { check: DraftCheck; ref: RuleRef; find?: number; unless?: number; require?: number }[];
  packIds: string[];
  /** Matchers with a regex, shouting, punctuation or masking detector: the few that need more than the phrase index. */
  special: Record<Side, number[]>;
  /** Matchers with exceptions. */
}

/**
 * Compiles the enabled packs once per configuration change: every phrase of every pack goes
 * into one index, and the result is reused for every message and every keystroke.
 * Packs are validated before they get here; a phrase that still fails is skipped.
 */
export function compilePacks(packs: readonly Pack[]): CompiledPacks {
  const out: CompiledPacks = {
    index: { customer: new PhraseIndex(), agent: new PhraseIndex() },
    greeklish: { customer: new PhraseIndex(greeklishPhrase), agent: new PhraseIndex(greeklishPhrase) },
    matchers: [],
    signalRules: [],
    signalRuleOf: [],
    strongestOf: {},
    methods: [],
    suggestions: [],
    draftChecks: [],
    packIds: packs.map((p) => p.id),
    special: { customer: [], agent: [] },
  };
  const addMatcher = (m: Matcher, negatableByDefault: boolean, side: Side): number => {
    const exceptions = m.exceptions ? addMatcher({ phrases: m.exceptions, negatable: false }, false, side) : undefined;
    // Phrases without a language of their own ("und") apply to every text.
    const id = out.matchers.length;
    const regexes: SafeRegex[] = [];
    for (const [lang, list] of Object.entries(m.phrases ?? {}))
      for (const p of list) {
        const base = lang.split('-')[0] as string;
        out.index[side].addSource(p, id, base);
        for (const variant of spellingVariants(p, base)) out.index[side].addSource(variant, id, base);
        if (base === 'el') out.greeklish[side].addSource(p, id, 'el');
      }
    for (const list of Object.values(m.regex ?? {}))
      for (const r of list) {
        try {
          regexes.push(compileSafeRegex(r));
        } catch {
          /* rejected at validation */
        }
      }
    out.matchers.push({
      regexes,
      exceptions,
      shouting: m.shouting,
      punctuation: m.punctuation,
      masked: m.masked ?? false,
      negatable: m.negatable ?? negatableByDefault,
    });
    if (regexes.length || m.shouting || m.punctuation || m.masked) out.special[side].push(id);
    return id;
  };
  for (const pack of packs) {
    const ref = (id: string): RuleRef => ({ pack: pack.id, id, source: undefined });
    for (const rule of pack.signals ?? []) {
      const matcher = addMatcher(rule, true, 'customer');
      out.signalRuleOf[matcher] = out.signalRules.length;
      out.signalRules.push({ rule, ref: { ...ref(rule.id), source: rule.source }, matcher });
      const strongest = out.strongestOf[rule.signal];
      if (strongest === undefined || rule.weight > (out.signalRules[out.signalRuleOf[strongest] as number]?.rule.weight ?? 0))
        out.strongestOf[rule.signal] = matcher;
    }
    for (const method of pack.methods ?? []) {
      out.methods.push({
        method,
        pack: pack.id,
        steps: method.steps.map((step) => ({
          step,
          ref: { ...ref(`${method.id}/${step.id}`), source: step.source },
          matcher: addMatcher(step.covers, false, 'agent'),
        })),
      });
    }
    for (const suggestion of pack.suggestions ?? []) {
      const steps = (suggestion.steps ?? []).map((s) => s.split('/') as [string, string]);
      out.suggestions.push({
        suggestion,
        ref: { ...ref(suggestion.id), source: suggestion.source },
        key: `${pack.id}/${suggestion.id}`,
        steps,
      });
    }
    for (const check of pack.draftChecks ?? []) {
      out.draftChecks.push({
        check,
        ref: { ...ref(check.id), source: check.source },
        find: check.find && addMatcher(check.find, false, 'agent'),
        unless: check.unless && addMatcher(check.unless, false, 'agent'),
        require: check.require && addMatcher(check.require, false, 'agent'),
      });
    }
  }
  return out;
}

/** Every phrase and pattern of a pack, parsed: the errors a lead must fix before import. */
export function compileMatcherPatterns(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  const check = (m: Matcher | undefined, path: string) => {
    if (!m) return;
    for (const field of ['phrases', 'exceptions'] as const) {
      for (const [lang, list] of Object.entries(m[field] ?? {}))
        list.forEach((p, i) => {
          try {
            parsePhrase(p);
          } catch (e) {
            if (e instanceof PhraseError) errors.push({ path: `${path}.${field}.${lang}[${i}]`, message: `phrase "${p}" ${e.message}` });
          }
        });
    }
    for (const [lang, list] of Object.entries(m.regex ?? {}))
      list.forEach((r, i) => {
        try {
          compileSafeRegex(r);
        } catch (e) {
          if (e instanceof RegexError)
            errors.push({ path: `${path}.regex.${lang}[${i}]`, message: `pattern "${r}" refused: ${e.message}` });
        }
      });
  };
  pack.signals?.forEach((s, i) => {
    check(s, `signals[${i}]`);
  });
  pack.methods?.forEach((m, i) => {
    m.steps.forEach((s, j) => {
      check(s.covers, `methods[${i}].steps[${j}].covers`);
    });
  });
  pack.draftChecks?.forEach((d, i) => {
    check(d.find, `draftChecks[${i}].find`);
    check(d.unless, `draftChecks[${i}].unless`);
    check(d.require, `draftChecks[${i}].require`);
    if (!d.find && !d.require) errors.push({ path: `draftChecks[${i}]`, message: 'needs "find" or "require"' });
  });
  return errors;
}
