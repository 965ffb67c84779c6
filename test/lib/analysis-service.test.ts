import { describe, expect, it, vi } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { resolvePacks } from '../../src/engine/resolve';
import { type AnalysisRequest, parseAnalysisRequest } from '../../src/lib/analysis-protocol';
import { createAnalysisService } from '../../src/lib/analysis-service';
import { textHash } from '../../src/lib/text-hash';
import { BUNDLED_PACKS } from '../../src/packs';

const compiled = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);

const ANGRY = 'This is the third time I write. You people never help anyone!!! I want to speak to a manager.';
const REPLY = "Sorry about that. I'll check back tomorrow.";

/** A request as a tab writes it: texts included unless `known` says the service has them. */
function request(id: number, texts: [role: 'customer' | 'agent', text: string][], known = new Set<string>(), draft = ''): AnalysisRequest {
  return {
    type: 'analyze',
    id,
    ticket: {
      key: 'zendesk:101',
      helpdesk: 'zendesk',
      messages: texts.map(([role, text]) => {
        const hash = textHash(text);
        return { hash, role, ...(!known.has(hash) && { text }) };
      }),
    },
    draft,
    options: { agentLanguage: 'en', hidden: [] },
  };
}

const signalIds = (answer: Awaited<ReturnType<ReturnType<typeof createAnalysisService>['analyze']>>) =>
  answer.type === 'coaching' ? answer.coaching.signals.map((s) => s.id) : answer;

describe('the analysis service', () => {
  it('coaches from hashes once it has the texts, and asks for the texts it lacks', async () => {
    const service = createAnalysisService(compiled);
    const tab = service.connect();
    const first = await service.analyze(tab, request(1, [['customer', ANGRY]]));
    expect(signalIds(first)).toEqual(expect.arrayContaining(['repeat-contact', 'escalation-request']));
    // The same ticket again, by hash alone: the same coaching, no text sent.
    const again = await service.analyze(tab, request(2, [['customer', ANGRY]], new Set([textHash(ANGRY)])));
    expect(signalIds(again)).toEqual(signalIds(first));
    // Another caller never sent that text: the service says which hash it lacks.
    const other = service.connect();
    expect(await service.analyze(other, request(3, [['customer', ANGRY]], new Set([textHash(ANGRY)])))).toEqual({
      type: 'missing',
      hashes: [textHash(ANGRY)],
    });
  });

  it('reads each message of a ticket once, however many tabs show it, and only the draft on a typing pause', async () => {
    const detect = vi.fn(async () => 'en');
    const service = createAnalysisService(compiled, { detectLanguage: detect });
    const [a, b] = [service.connect(), service.connect()];
    const thread: [role: 'customer' | 'agent', text: string][] = [
      ['customer', ANGRY],
      ['agent', REPLY],
    ];
    await service.analyze(a, request(1, thread));
    await service.analyze(b, request(1, thread));
    const typed = await service.analyze(
      a,
      request(2, thread, new Set(thread.map(([, t]) => textHash(t))), 'Calm down, this is our policy.'),
    );
    expect(typed.type === 'coaching' && typed.coaching.draft.warnings.length).toBeGreaterThan(0);
    // The customer's language was worked out once for the ticket, not per tab or per keystroke.
    expect(detect).toHaveBeenCalledTimes(1);
    expect(service.remembered()).toBe(1);
  });

  it('lets a closed caller’s texts go, and the ticket’s memo with the last of its callers', async () => {
    const service = createAnalysisService(compiled);
    const [a, b] = [service.connect(), service.connect()];
    await service.analyze(a, request(1, [['customer', ANGRY]]));
    await service.analyze(b, request(1, [['customer', ANGRY]]));
    service.close(a);
    expect(a.texts.size).toBe(0);
    expect(service.remembered()).toBe(1);
    service.close(b);
    expect(service.remembered()).toBe(0);
  });

  it('refuses at the gate what does not fit, saying which request it was', () => {
    expect(parseAnalysisRequest(request(4, [['customer', ANGRY]])).ok).toBe(true);
    const bad = { ...request(5, [['customer', ANGRY]]), draft: 7 };
    expect(parseAnalysisRequest(bad)).toEqual({ ok: false, id: 5, error: 'bad payload' });
    const hostile = request(6, [['customer', ANGRY]]);
    (hostile.ticket.messages[0] as { role: string }).role = 'admin';
    expect(parseAnalysisRequest(hostile)).toEqual({ ok: false, id: 6, error: 'bad payload' });
    expect(parseAnalysisRequest({ type: 'publish-packs' })).toEqual({ ok: false, error: 'unknown type' });
  });
});
