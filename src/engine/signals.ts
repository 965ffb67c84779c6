import type { CompiledPacks } from './compile';
import type { ScanResult } from './scan';
import type { Evidence, Message, RuleRef, Signal, SignalId } from './types';

/** Below this, a signal is not shown: an agent ignores a sidebar that cries wolf. */
export const SHOW_THRESHOLD = 0.5;
/** Earlier customer messages still count, but less than the latest one. */
const THREAD_DECAY = 0.75;
const MAX_REPEATS = 3;

/** A message's signal, scoped as the latest message's (threadSignals re-scopes earlier ones). */
export type MessageSignal = Signal;

/**
 * Signals of one message: every rule that matched adds its weight, combined as independent
 * evidence (1 − Π(1 − w)), so two medium cues together outweigh one.
 */
export function messageSignals(scan: ScanResult, compiled: CompiledPacks, message: number): MessageSignal[] {
  // A message touches a handful of signals: a short list searched in place beats a map per message.
  const found: Found[] = [];
  for (const [matcher, hits] of scan) {
    const index = compiled.signalRuleOf[matcher];
    if (index === undefined || !hits.length) continue;
    const { rule, ref } = compiled.signalRules[index] as CompiledPacks['signalRules'][number];
    let entry: Found | undefined;
    for (let k = 0; k < found.length; k++) if ((found[k] as Found).id === rule.signal) entry = found[k];
    if (!entry) {
      entry = { id: rule.signal, miss: 1, evidence: [], rules: [], weights: [] };
      found.push(entry);
    }
    // Distinct matches of one rule add up, to three: "stupid … worst … useless" is angrier than one.
    entry.miss *= (1 - rule.weight) ** distinctMatches(hits);
    entry.rules.push(ref);
    entry.weights.push(rule.weight);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k] as { start: number; end: number };
      entry.evidence.push({ message, start: h.start, end: h.end });
    }
  }
  const out: MessageSignal[] = [];
  impliedComplaint(found, compiled);
  for (let k = 0; k < found.length; k++) {
    const e = found[k] as Found;
    const rules = e.rules.length > 1 ? byWeight(e) : e.rules;
    out.push({
      id: e.id,
      confidence: round(1 - e.miss),
      scope: 'latest',
      evidence: e.evidence.length > 1 ? dedupe(e.evidence) : e.evidence,
      rule: rules[0] as RuleRef,
      rules,
    });
  }
  return out;
}

/**
 * Disappointment is a complaint's feeling: "I'm a bit disappointed, it came without the pudding",
 * "Eg er ærleg talt skuffa", "有些失望" report that something went wrong, in words no complaint
 * phrase may hold. Where disappointment is shown and the rules found no complaint as sure, the
 * complaint is shown with the disappointment's words and strength, under the strongest complaint
 * rule; a negated disappointment ("not disappointed at all") is no hit, so implies nothing.
 * Measured and left out: anger (angry at a delay only feared, or in jest: complaint precision on
 * the support messages fell in de and no), baiting (the documents' bait is labelled a sweeping
 * accusation, not a complaint), insult, threat and repeat contact (each lowered the complaint
 * tweets' precision in `npm run eval`).
 */
const IMPLY_COMPLAINT: ReadonlySet<SignalId> = new Set(['disappointment']);

/**
 * A money demand backed by a threat — "If my £52 is not back by Tuesday, I dispute it", "给我退，
 * 不然我就拒付" — says that something went wrong and the customer is dissatisfied, whatever its
 * words: the complaint is shown with the demand's and the threat's words, as sure as the weaker of
 * the two. Either alone implies nothing (a refund asked for calmly, a threat over a policy).
 * Measured on the support messages' tuning part: of the messages where both were shown, none was
 * labelled no complaint.
 */
const IMPLY_COMPLAINT_TOGETHER: readonly SignalId[] = ['refund-request', 'threat'];

function togetherSource(found: Found[]): Found | undefined {
  const parts = IMPLY_COMPLAINT_TOGETHER.map((id) => found.find((e) => e.id === id && 1 - e.miss >= SHOW_THRESHOLD));
  if (parts.some((p) => !p)) return undefined;
  const all = parts as Found[];
  return {
    id: 'complaint',
    miss: Math.max(...all.map((p) => p.miss)),
    evidence: all.flatMap((p) => p.evidence),
    rules: [],
    weights: [],
  };
}

function impliedComplaint(found: Found[], compiled: CompiledPacks): void {
  let source: Found | undefined = togetherSource(found);
  let complaint: Found | undefined;
  for (const e of found) {
    if (e.id === 'complaint') complaint = e;
    else if (IMPLY_COMPLAINT.has(e.id) && 1 - e.miss >= SHOW_THRESHOLD && (!source || e.miss < source.miss)) source = e;
  }
  if (!source || (complaint && complaint.miss <= source.miss)) return;
  const strongest = compiled.signalRules[compiled.signalRuleOf[compiled.strongestOf.complaint ?? -1] ?? -1];
  if (!strongest) return;
  if (complaint) {
    complaint.miss = source.miss;
    complaint.evidence.push(...source.evidence);
    return;
  }
  found.push({
    id: 'complaint',
    miss: source.miss,
    evidence: [...source.evidence],
    rules: [strongest.ref],
    weights: [strongest.rule.weight],
  });
}

/** A signal's rules, the heaviest first (the one the sidebar names). */
function byWeight(e: Found): RuleRef[] {
  const order = e.rules.map((_, k) => k).sort((a, b) => (e.weights[b] as number) - (e.weights[a] as number));
  return order.map((k) => e.rules[k] as RuleRef);
}

interface Found {
  id: SignalId;
  /** The chance that every rule that matched is wrong: 1 − confidence. */
  miss: number;
  evidence: Evidence[];
  rules: RuleRef[];
  /** Each rule's weight, beside it. */
  weights: number[];
}

/** How many of a rule's matches count: distinct by length (the same word twice is one), at most three. */
function distinctMatches(hits: readonly { start: number; end: number }[]): number {
  if (hits.length === 1) return 1;
  const lengths: number[] = [];
  for (const h of hits) {
    const length = h.end - h.start;
    if (!lengths.includes(length)) lengths.push(length);
    if (lengths.length === MAX_REPEATS) break;
  }
  return lengths.length;
}

/** The thread's signals: the latest customer message first, then what earlier ones add. */
export function threadSignals(perMessage: { index: number; signals: MessageSignal[] }[]): Signal[] {
  const latest = perMessage[perMessage.length - 1];
  const out: Signal[] = [];
  const seen = new Set<SignalId>();
  for (const s of latest?.signals ?? []) {
    if (s.confidence < SHOW_THRESHOLD) continue;
    out.push({ ...s, scope: 'latest', rule: s.rules[0] as RuleRef });
    seen.add(s.id);
  }
  const earlier = new Map<SignalId, Signal>();
  perMessage.slice(0, -1).forEach(({ signals }, k, all) => {
    const decay = THREAD_DECAY ** (all.length - k);
    for (const s of signals) {
      if (seen.has(s.id) || s.confidence < SHOW_THRESHOLD) continue;
      const prev = earlier.get(s.id);
      const confidence = round(s.confidence * decay);
      if (prev) {
        prev.confidence = Math.max(prev.confidence, confidence);
        prev.evidence.push(...s.evidence);
      } else earlier.set(s.id, { ...s, evidence: [...s.evidence], confidence, scope: 'thread', rule: s.rules[0] as RuleRef });
    }
  });
  return [...out.sort(byRank), ...[...earlier.values()].sort(byRank)];
}

/** How many of the customer's latest messages an anger model reads: the latest, and two before it as the thread. */
const READ = 3;

/**
 * The messages a page sends the service worker's anger model (background/models.ts), with their
 * place in the ticket: the same choice in the sidebar, the test bench and practice.
 */
export function modelMessages(messages: readonly Message[]): { index: number; text: string; scope: Signal['scope'] }[] {
  const customer = messages.flatMap((m, index) => (m.role === 'customer' && m.text.trim() ? [{ index, text: m.text }] : []));
  return customer.slice(-READ).map((m, i, all) => ({ ...m, scope: i === all.length - 1 ? 'latest' : 'thread' }));
}

/**
 * The signals a trained model found (src/packs/models, run by the service worker), added where the
 * rules found none of that id: a rule's evidence is exact words, a model's only its best guess.
 * Each keeps its place by strength among the signals of its scope.
 */
export function withModelSignals(signals: Signal[], found: readonly Signal[]): Signal[] {
  const added = found.filter((f) => f.confidence >= SHOW_THRESHOLD && !signals.some((s) => s.id === f.id));
  if (!added.length) return signals;
  const of = (scope: Signal['scope']) => [...signals, ...added].filter((s) => s.scope === scope).sort(byRank);
  return [...of('latest'), ...of('thread')];
}

/**
 * Among signals about as sure as each other (the same tenth), how to talk to the customer comes
 * before what they want — "defuse anger first, solve second" (seeds/000) — and "complaint", true
 * of almost every upset message, last. The sidebar shows the first three.
 */
const RANK: readonly SignalId[] = [
  'threat',
  'baiting',
  'insult',
  'anger',
  'profanity',
  'repeat-contact',
  'escalation-request',
  'cancel-request',
  'refund-request',
  'urgency',
  'disappointment',
  'complaint',
  'gratitude',
];
const tenth = (s: Signal) => Math.round(s.confidence * 10);
const byRank = (a: Signal, b: Signal) => tenth(b) - tenth(a) || RANK.indexOf(a.id) - RANK.indexOf(b.id) || b.confidence - a.confidence;

function dedupe(evidence: Evidence[]): Evidence[] {
  const sorted = evidence.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) last.end = Math.max(last.end, e.end);
    else out.push({ message: e.message, start: e.start, end: e.end });
  }
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const NEGATIVE: SignalId[] = ['anger', 'insult', 'profanity', 'baiting', 'threat', 'complaint', 'disappointment'];

/** Mood of one message from −1 (hostile) to +1 (grateful), for the sidebar's trace. */
export function moodOf(signals: MessageSignal[]): number {
  const conf = (id: SignalId) => signals.find((s) => s.id === id)?.confidence ?? 0;
  const negative = Math.max(0, ...NEGATIVE.map((id) => conf(id) * (id === 'complaint' || id === 'disappointment' ? 0.6 : 1)));
  return round(conf('gratitude') - negative);
}
