import { analyze } from './analyze';
import { compilePacks } from './compile';
import type { Example, Pack } from './pack-schema';
import { playScenario } from './scenario';
import type { Message } from './types';

export interface ExampleFailure {
  pack: string;
  example: number;
  message: string;
}

/**
 * Runs a pack's examples as tests. `context` packs (e.g. the core signals a method pack
 * relies on) are compiled alongside, as they would be in the sidebar.
 */
export function runExamples(pack: Pack, context: readonly Pack[] = []): ExampleFailure[] {
  const compiled = compilePacks([...context.filter((p) => p.id !== pack.id), pack]);
  const failures: ExampleFailure[] = [];
  (pack.examples ?? []).forEach((example, i) => {
    const fail = (message: string) => failures.push({ pack: pack.id, example: i, message: `${message} — in ${describe(example)}` });
    const thread: Message[] = example.thread ?? (example.text !== undefined ? [{ role: 'customer', text: example.text }] : []);
    const result = analyze({ helpdesk: 'example', messages: thread }, example.draft ?? '', compiled, { method: example.method });
    const signals = new Set(result.signals.map((s) => s.id as string));
    const { expect } = example;
    for (const id of expect.signals ?? []) if (!signals.has(id)) fail(`expected signal "${id}", got [${[...signals].join(', ')}]`);
    for (const id of expect.absent ?? []) if (signals.has(id)) fail(`did not expect signal "${id}"`);
    const done = new Set(result.method?.steps.filter((s) => s.done).map((s) => s.id));
    for (const id of expect.steps ?? []) if (!done.has(id)) fail(`expected step "${id}" to be covered, covered: [${[...done].join(', ')}]`);
    if (expect.next !== undefined && result.method?.next !== expect.next)
      fail(`expected next step "${expect.next}", got "${result.method?.next}"`);
    const warnings = new Set(result.draft.warnings.map((w) => w.id));
    for (const id of expect.warnings ?? [])
      if (!warnings.has(id)) fail(`expected draft warning "${id}", got [${[...warnings].join(', ')}]`);
    for (const id of expect.noWarnings ?? []) if (warnings.has(id)) fail(`did not expect draft warning "${id}"`);
    const suggested = new Set(result.suggestions.map((s) => s.id));
    for (const id of expect.suggestions ?? [])
      if (!suggested.has(id)) fail(`expected suggestion "${id}", got [${[...suggested].join(', ')}]`);
  });
  return failures;
}

function describe(example: Example): string {
  const text = example.text ?? example.thread?.at(-1)?.text ?? '';
  const draft = example.draft ? ` / draft "${example.draft.slice(0, 50)}"` : '';
  return `"${text.slice(0, 60)}"${draft}`;
}

/** Plays each scenario's rehearsals (scripted replies) and checks the outcome each must reach. */
export function runRehearsals(pack: Pack, context: readonly Pack[] = []): ExampleFailure[] {
  const compiled = compilePacks([...context.filter((p) => p.id !== pack.id), pack]);
  const failures: ExampleFailure[] = [];
  for (const scenario of pack.scenarios ?? [])
    (scenario.rehearsals ?? []).forEach((rehearsal, i) => {
      const { outcome, played } = playScenario(scenario, rehearsal.lang, rehearsal.replies, compiled);
      if (outcome !== rehearsal.outcome)
        failures.push({
          pack: pack.id,
          example: i,
          message: `scenario "${scenario.id}" rehearsal ${i + 1} (${rehearsal.lang}) ended ${outcome}, expected ${rehearsal.outcome}; replies covered [${played
            .map((t) => t.facts.steps.join('+') || '—')
            .join(' | ')}], warnings [${played.map((t) => t.facts.warnings.join('+') || '—').join(' | ')}]`,
        });
    });
  return failures;
}
