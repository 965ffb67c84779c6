/**
 * Local usage counts: how often each rule's signal, step prompt, suggestion or draft warning was
 * shown, used (inserted or applied), copied, or dismissed as not helpful — per rule, per day, live
 * tickets apart from practice. Only rule ids and numbers are kept: never ticket text, customer
 * names or ticket ids. Days older than DAYS_KEPT roll up into one "older" total, and a day holds at
 * most MAX_RULES_PER_DAY rules, so the store cannot grow without limit.
 */
import * as v from 'valibot';

export const USAGE_KEY = 'usage';
export const USAGE_EVENTS = ['shown', 'used', 'copied', 'dismissed'] as const;
export type UsageEvent = (typeof USAGE_EVENTS)[number];
export type UsageContext = 'live' | 'practice';
export const DAYS_KEPT = 60;
const MAX_RULES_PER_DAY = 2_000;

/** Counts in the order of USAGE_EVENTS. */
export type Counts = [number, number, number, number];
type ByRule = Record<string, Counts>;

export interface UsageStore {
  version: 1;
  days: Record<string, Partial<Record<UsageContext, ByRule>>>;
  older: Partial<Record<UsageContext, ByRule>>;
}

export interface UsageRecord {
  rule: string;
  event: UsageEvent;
}

const RULE_KEY = /^[a-z0-9][a-z0-9-]{0,62}\/[a-z0-9][a-z0-9-]{0,62}$/;
const RecordSchema = v.object({ rule: v.pipe(v.string(), v.regex(RULE_KEY)), event: v.picklist(USAGE_EVENTS) });

/** A message's events as the store accepts them: known events on rule ids (at most 500), nothing else. */
export function validRecords(value: unknown): UsageRecord[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 500).flatMap((r): UsageRecord[] => {
    const parsed = v.safeParse(RecordSchema, r);
    return parsed.success ? [parsed.output] : [];
  });
}

export function emptyStore(): UsageStore {
  return { version: 1, days: {}, older: {} };
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const ByRuleSchema = v.record(v.string(), v.tuple([count, count, count, count]));
const ByContextSchema = v.partial(v.object({ live: ByRuleSchema, practice: ByRuleSchema }));
const StoreSchema = v.object({
  version: v.literal(1),
  days: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), ByContextSchema),
  older: ByContextSchema,
});

/** A stored value read defensively: anything not shaped like a store starts a new one. */
export function parseStore(value: unknown): UsageStore {
  const parsed = v.safeParse(StoreSchema, value);
  return parsed.success ? parsed.output : emptyStore();
}

/** The local calendar day, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Adds events to `day` (a new store; the old one is left as it was), then rolls up old days. */
export function addRecords(store: UsageStore, context: UsageContext, records: readonly UsageRecord[], day: string): UsageStore {
  const next: UsageStore = structuredClone(store);
  const byRule = bucket(bucket(next.days, day), context);
  for (const { rule, event } of records) {
    let counts = byRule[rule];
    if (!counts) {
      if (Object.keys(byRule).length >= MAX_RULES_PER_DAY) continue;
      counts = [0, 0, 0, 0];
      byRule[rule] = counts;
    }
    const at = USAGE_EVENTS.indexOf(event);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return rollUp(next, day);
}

/** Days more than DAYS_KEPT before `today` are added into `older` and dropped. */
export function rollUp(store: UsageStore, today: string): UsageStore {
  const cutoff = new Date(`${today}T12:00:00`);
  cutoff.setDate(cutoff.getDate() - DAYS_KEPT);
  const oldest = dayOf(cutoff);
  for (const day of Object.keys(store.days)) {
    if (day >= oldest) continue;
    for (const [context, byRule] of Object.entries(store.days[day] ?? {}) as [UsageContext, ByRule][])
      for (const [rule, counts] of Object.entries(byRule)) {
        const older = bucket(store.older, context);
        older[rule] = add(older[rule] ?? [0, 0, 0, 0], counts);
      }
    delete store.days[day];
  }
  return store;
}

function add(into: Counts, counts: Counts): Counts {
  for (let i = 0; i < 4; i++) into[i] = (into[i] as number) + (counts[i] ?? 0);
  return into;
}

/** `record[key]`, created empty when missing. */
function bucket<T extends object>(record: Partial<Record<string, T>>, key: string): T {
  let value = record[key];
  if (!value) {
    value = {} as T;
    record[key] = value;
  }
  return value;
}

export interface RuleTotal {
  rule: string;
  counts: Counts;
}

/** Per rule, summed over the days from `since` on (and the rolled-up older days when `since` is undefined). */
export function totals(store: UsageStore, context: UsageContext, since?: string): RuleTotal[] {
  const sum = new Map<string, Counts>();
  const take = (byRule: ByRule | undefined) => {
    for (const [rule, counts] of Object.entries(byRule ?? {})) {
      sum.set(rule, add(sum.get(rule) ?? [0, 0, 0, 0], counts));
    }
  };
  if (since === undefined) take(store.older[context]);
  for (const [day, contexts] of Object.entries(store.days)) if (since === undefined || day >= since) take(contexts[context]);
  return [...sum].map(([rule, counts]) => ({ rule, counts })).sort((a, b) => b.counts[0] - a.counts[0] || a.rule.localeCompare(b.rule));
}

/** One row per rule and day (rolled-up days as "older"), for a spreadsheet. */
export function toCsv(store: UsageStore, context: UsageContext, since?: string): string {
  const rows = [['date', 'context', 'pack', 'rule', ...USAGE_EVENTS].join(',')];
  const emit = (day: string, byRule: ByRule | undefined) => {
    for (const [key, counts] of Object.entries(byRule ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const [pack, rule] = key.split('/');
      rows.push([day, context, pack, rule, ...counts].join(','));
    }
  };
  if (since === undefined) emit('older', store.older[context]);
  for (const day of Object.keys(store.days).sort()) if (since === undefined || day >= since) emit(day, store.days[day]?.[context]);
  return `${rows.join('\n')}\n`;
}
