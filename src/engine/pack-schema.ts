import * as v from 'valibot';
import { SiteDefinitionSchema } from './site-schema';
import { SIGNAL_IDS, THREAD_FACTS } from './types';

/**
 * The one schema every rule pack passes: bundled, imported, and pushed by policy.
 * Limits are generous for hand-written packs and small enough that a hostile pack cannot
 * exhaust memory or storage.
 */
export const SCHEMA_VERSION = 1;

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and "-" (at most 63)'));
const lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'use a language code such as "en", "de" or "zh"'));
const shortText = v.pipe(v.string(), v.maxLength(2_000, 'is longer than 2,000 characters'));
const source = v.pipe(v.string(), v.minLength(1, 'must name the document and section it comes from'), v.maxLength(300));
/** The source passage itself, short, so a reviewer can compare the wording with the document. */
const quote = v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(400)));
const langText = v.pipe(
  v.record(lang, shortText),
  v.check((r) => Object.keys(r).length > 0, 'needs text in at least one language'),
);
const phraseList = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(2_000, 'has more than 2,000 entries'));
const langPhrases = v.record(lang, phraseList);
const signalId = v.picklist(SIGNAL_IDS, `must be one of: ${SIGNAL_IDS.join(', ')}`);

/** What to look for. Any combination; a rule fires when any part matches. */
export const MatcherSchema = v.strictObject({
  phrases: v.optional(langPhrases),
  /** Phrases that cancel an overlapping match ("cancel a transfer" is not cancelling a contract). */
  exceptions: v.optional(langPhrases),
  regex: v.optional(langPhrases),
  shouting: v.optional(
    v.strictObject({
      minRatio: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      minLetters: v.pipe(v.number(), v.integer(), v.minValue(1)),
    }),
  ),
  punctuation: v.optional(v.strictObject({ min: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(20)) })),
  masked: v.optional(v.boolean()),
  negatable: v.optional(v.boolean()),
});

export const SignalRuleSchema = v.strictObject({
  id,
  signal: signalId,
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  source,
  note: v.optional(shortText),
  ...MatcherSchema.entries,
});

export const StepSchema = v.strictObject({
  id,
  name: langText,
  prompt: langText,
  source,
  quote,
  covers: MatcherSchema,
});

export const MethodSchema = v.strictObject({
  id,
  name: langText,
  description: v.optional(langText),
  source,
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(12)),
});

export const SUGGESTION_KINDS = [
  'apology',
  'acknowledgement',
  'empathy',
  'computer-mode',
  'can-do',
  'time-frame',
  'question',
  'action',
  'update',
  'opener',
  'closer',
  'follow-up',
  'escalation',
  'agreement',
  'policy',
  'other',
] as const;

export const SuggestionSchema = v.strictObject({
  id,
  kind: v.picklist(SUGGESTION_KINDS),
  signals: v.optional(v.array(signalId)),
  /** Steps as "method/step", e.g. "help/empathize". */
  steps: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'write steps as "method/step"')))),
  /** Openers while the draft is still empty; closers once it has a body. */
  moment: v.optional(v.picklist(['opening', 'closing'])),
  /**
   * Only when the thread shows this, so the text states nothing the thread does not support:
   * "earlier-contact" — the customer wrote before and was answered, or says they have written
   * before (repeat-contact) — for "…still not fixed after your earlier messages".
   */
  when: v.optional(v.strictObject({ thread: v.picklist(THREAD_FACTS) })),
  text: langText,
  source,
  quote,
});

export const DraftCheckSchema = v.strictObject({
  id,
  source,
  quote,
  /** Only when the customer shows one of these signals. */
  when: v.optional(
    v.strictObject({ signals: v.optional(v.array(signalId)), minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  ),
  /** Warn when this matches the draft … */
  find: v.optional(MatcherSchema),
  /** … unless this matches too ("can't" is fine next to "what I can do"). */
  unless: v.optional(MatcherSchema),
  /** Warn when this does NOT match the draft (no apology to an angry customer). */
  require: v.optional(MatcherSchema),
  why: langText,
  alternatives: v.optional(v.record(lang, v.pipe(v.array(shortText), v.maxLength(10)))),
});

const MessageSchema = v.strictObject({
  role: v.picklist(['customer', 'agent', 'internal', 'system']),
  text: v.pipe(v.string(), v.maxLength(20_000)),
});

export const ExampleSchema = v.strictObject({
  /** A customer message, or a whole thread. */
  text: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  thread: v.optional(v.array(MessageSchema)),
  draft: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  method: v.optional(id),
  expect: v.strictObject({
    signals: v.optional(v.array(signalId)),
    absent: v.optional(v.array(signalId)),
    steps: v.optional(v.array(v.string())),
    next: v.optional(v.string()),
    warnings: v.optional(v.array(v.string())),
    noWarnings: v.optional(v.array(v.string())),
    suggestions: v.optional(v.array(v.string())),
  }),
});

/** What a reply did, as the engine sees it: method steps its draft covers, draft warnings it still has. */
export const ReplyConditionSchema = v.strictObject({
  /** Steps of the method the reply covers ("empathize"). */
  steps: v.optional(v.array(id)),
  /** Steps the reply leaves out. */
  missing: v.optional(v.array(id)),
  /** Draft warnings the reply still has ("no-apology-to-upset-customer"). */
  warnings: v.optional(v.array(id)),
  /** Draft warnings the reply avoided. */
  avoided: v.optional(v.array(id)),
});

export const ScenarioResponseSchema = v.strictObject({
  /** When the reply did this (all that is given); a response without `when` is the fallback. */
  when: v.optional(ReplyConditionSchema),
  /** How the customer feels after the reply. */
  mood: v.picklist(['angrier', 'same', 'calmer']),
  /** What the scripted customer writes back. */
  say: langText,
  /** Ends the scenario: the customer is satisfied, or takes it further. */
  end: v.optional(v.picklist(['resolved', 'escalated'])),
  /** For the debrief: why the customer reacted so. */
  note: v.optional(langText),
});

export const ScenarioSchema = v.strictObject({
  id,
  title: langText,
  /** What the agent is told before starting. */
  brief: langText,
  /** For the lead: what the scenario trains, and how to use it. */
  notes: v.optional(langText),
  source,
  /** The method to coach with (the team's own otherwise). */
  method: v.optional(id),
  customer: v.strictObject({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) }),
  subject: langText,
  thread: v.pipe(
    v.array(v.strictObject({ role: v.picklist(['customer', 'agent', 'internal']), text: langText })),
    v.minLength(1, 'needs the customer’s first message'),
    v.maxLength(20),
  ),
  /** One per reply the agent sends; the first response whose condition holds is the customer’s answer. */
  turns: v.pipe(
    v.array(
      v.strictObject({
        /** Steps the lead expects this reply to cover (for the debrief). */
        expect: v.optional(v.array(id)),
        responses: v.pipe(
          v.array(ScenarioResponseSchema),
          v.minLength(1),
          v.maxLength(10),
          v.check((r) => r.some((x) => !x.when), 'needs a fallback response (one without "when")'),
        ),
      }),
    ),
    v.minLength(1),
    v.maxLength(10),
  ),
  /** Scripted replies and the outcome they must reach: run by packs:check, like examples. */
  rehearsals: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          lang,
          replies: v.pipe(v.array(shortText), v.minLength(1), v.maxLength(10)),
          outcome: v.picklist(['resolved', 'escalated', 'open']),
        }),
      ),
      v.maxLength(20),
    ),
  ),
});

export const PackSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(SCHEMA_VERSION, `must be ${SCHEMA_VERSION}`),
    id,
    name: langText,
    description: langText,
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'use a version such as "1.0.0"')),
    source,
    languages: v.pipe(v.array(lang), v.minLength(1)),
    defaultEnabled: v.optional(v.boolean()),
    /** Inherit another pack; rules with the same id override, `disable` switches rules off. */
    extends: v.optional(id),
    disable: v.optional(v.array(v.string())),
    signals: v.optional(v.pipe(v.array(SignalRuleSchema), v.maxLength(500))),
    methods: v.optional(v.pipe(v.array(MethodSchema), v.maxLength(10))),
    suggestions: v.optional(v.pipe(v.array(SuggestionSchema), v.maxLength(500))),
    draftChecks: v.optional(v.pipe(v.array(DraftCheckSchema), v.maxLength(200))),
    examples: v.optional(v.pipe(v.array(ExampleSchema), v.maxLength(500))),
    /** How to read helpdesk pages: fixes and additions to the built-in adapters (site-schema.ts). */
    sites: v.optional(v.pipe(v.array(SiteDefinitionSchema), v.maxLength(20))),
    /**
     * Words that make a sent reply a promise, per language, beyond the built-in ones
     * (engine/follow-ups.ts): "circles back", "wir kümmern uns". With a deadline in the same
     * sentence, the reply is tracked as a follow-up.
     */
    commitments: v.optional(v.record(lang, v.pipe(v.array(v.pipe(v.string(), v.minLength(3), v.maxLength(60))), v.maxLength(50)))),
    /** Scripted customers to practise on (the practice page). */
    scenarios: v.optional(v.pipe(v.array(ScenarioSchema), v.maxLength(50))),
  }),
  v.check((p) => JSON.stringify(p).length <= 1_000_000, 'is larger than 1 MB'),
);

export type Pack = v.InferOutput<typeof PackSchema>;
export type Matcher = v.InferOutput<typeof MatcherSchema>;
export type SignalRule = v.InferOutput<typeof SignalRuleSchema>;
export type Method = v.InferOutput<typeof MethodSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type PackSuggestion = v.InferOutput<typeof SuggestionSchema>;
export type DraftCheck = v.InferOutput<typeof DraftCheckSchema>;
export type Example = v.InferOutput<typeof ExampleSchema>;
export type LangText = Record<string, string>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioResponse = v.InferOutput<typeof ScenarioResponseSchema>;
export type ReplyCondition = v.InferOutput<typeof ReplyConditionSchema>;
