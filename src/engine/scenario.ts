import { analyze } from './analyze';
import type { CompiledPacks } from './compile';
import { pick } from './localize';
import type { LangText, ReplyCondition, Scenario, ScenarioResponse } from './pack-schema';
import type { Coaching, Message, Ticket } from './types';

/** What a reply did, as the engine sees it: the method steps its draft covers, the warnings it still has. */
export interface ReplyFacts {
  steps: string[];
  missing: string[];
  warnings: string[];
}

export function replyFacts(coaching: Coaching): ReplyFacts {
  const steps = coaching.method?.steps ?? [];
  return {
    steps: steps.filter((s) => s.done && s.by === 'draft').map((s) => s.id),
    missing: steps.filter((s) => !(s.done && s.by === 'draft')).map((s) => s.id),
    warnings: coaching.draft.warnings.map((w) => w.id),
  };
}

/** Whether a reply meets a response's condition: every part given must hold. */
export function holds(when: ReplyCondition | undefined, facts: ReplyFacts): boolean {
  if (!when) return true;
  const has = (list: string[], id: string) => list.includes(id);
  return (
    (when.steps ?? []).every((id) => has(facts.steps, id)) &&
    (when.missing ?? []).every((id) => !has(facts.steps, id)) &&
    (when.warnings ?? []).every((id) => has(facts.warnings, id)) &&
    (when.avoided ?? []).every((id) => !has(facts.warnings, id))
  );
}

/** The scripted customer's answer to a reply: the first response whose condition holds (the schema requires a fallback). */
export function respond(scenario: Scenario, turn: number, facts: ReplyFacts): ScenarioResponse {
  const responses = scenario.turns[turn]?.responses ?? [];
  return (responses.find((r) => holds(r.when, facts)) ?? responses[responses.length - 1]) as ScenarioResponse;
}

export interface PlayedTurn {
  reply: string;
  facts: ReplyFacts;
  response: ScenarioResponse;
  /** Rule keys (pack/rule) of suggestions the agent inserted while writing this reply. */
  used: string[];
}

export type Outcome = 'resolved' | 'escalated' | 'open';

/** Resolved or escalated when the last answer ended it; open while (or when) it did not. */
export function outcomeOf(played: readonly PlayedTurn[]): Outcome {
  return played[played.length - 1]?.response.end ?? 'open';
}

export function finished(scenario: Scenario, played: readonly PlayedTurn[]): boolean {
  return Boolean(played[played.length - 1]?.response.end) || played.length >= scenario.turns.length;
}

/** The scenario as a helpdesk ticket in `lang`: its thread, then each reply and the customer's answer. */
export function scenarioTicket(scenario: Scenario, lang: string, played: readonly PlayedTurn[]): Ticket {
  const text = (t: LangText) => pick(t, [lang]).text;
  const messages: Message[] = scenario.thread.map((m) => ({
    role: m.role,
    author: m.role === 'customer' ? scenario.customer.name : undefined,
    text: text(m.text),
  }));
  for (const turn of played) {
    messages.push({ role: 'agent', text: turn.reply });
    messages.push({ role: 'customer', author: scenario.customer.name, text: text(turn.response.say) });
  }
  return {
    helpdesk: 'practice',
    subject: text(scenario.subject),
    requester: { name: scenario.customer.name },
    messages,
  };
}

/**
 * Plays a scenario with scripted replies, as the practice page does with the agent's: each reply
 * is analysed as the draft of the ticket so far, and the customer answers. For rehearsals
 * (packs:check) and tests.
 */
export function playScenario(
  scenario: Scenario,
  lang: string,
  replies: readonly string[],
  compiled: CompiledPacks,
): { played: PlayedTurn[]; outcome: Outcome } {
  const played: PlayedTurn[] = [];
  for (const reply of replies) {
    if (finished(scenario, played)) break;
    const coaching = analyze(scenarioTicket(scenario, lang, played), reply, compiled, {
      method: scenario.method,
      language: lang,
      agentLanguage: lang,
    });
    const facts = replyFacts(coaching);
    played.push({ reply, facts, response: respond(scenario, played.length, facts), used: [] });
  }
  return { played, outcome: outcomeOf(played) };
}
