import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Coaching } from '../../src/engine/types';

/**
 * The tab's side of the analysis port, against ports that stand in for the service worker's:
 * each records what it was sent, and the test answers, or stops the "worker" (disconnects).
 */
interface FakePort {
  sent: { id: number; ticket: { messages: { hash: string; text?: string }[] } }[];
  answer(message: unknown): void;
  stop(): void;
}
const ports: FakePort[] = [];
(globalThis as { chrome?: unknown }).chrome = {
  runtime: {
    connect() {
      const message = new Set<(m: unknown) => void>();
      const disconnect = new Set<() => void>();
      const port: FakePort & Record<string, unknown> = {
        sent: [],
        answer: (m) => {
          for (const l of message) l(m);
        },
        stop: () => {
          for (const l of disconnect) l();
        },
        postMessage: (m: FakePort['sent'][number]) => port.sent.push(structuredClone(m)),
        disconnect: () => undefined,
        onMessage: { addListener: (l: (m: unknown) => void) => message.add(l) },
        onDisconnect: { addListener: (l: () => void) => disconnect.add(l) },
      };
      ports.push(port);
      return port;
    },
  },
};
const { createAnalysisClient } = await import('../../src/lib/analysis-client');

const coachingFor = (label: string) => ({ language: label }) as unknown as Coaching;
const ticket = (id: string, text: string) => ({ key: `demo:${id}`, helpdesk: 'demo', id, messages: [{ role: 'customer' as const, text }] });
const ask = (id: string, text: string) => ({ ticket: ticket(id, text), draft: '', options: { agentLanguage: 'en', hidden: [] } });

function client() {
  const shown: string[] = [];
  const failed = vi.fn();
  const handlers = { coaching: (c: Coaching) => shown.push(c.language), failed, reconfigured: vi.fn(), alive: () => true };
  return { shown, failed, client: createAnalysisClient(handlers, new AbortController().signal) };
}

afterEach(() => {
  ports.length = 0;
});

describe('the analysis client (a tab’s side of the port)', () => {
  it('never shows the answer to a read it has moved on from', () => {
    const { shown, client: c } = client();
    c.ask(ask('1', 'Where is my order?'));
    c.ask(ask('2', 'I want a refund.'));
    const port = ports[0] as FakePort;
    const [first, second] = port.sent;
    // The worker answers both, the older one last: only the ticket on screen is coached.
    port.answer({ type: 'coaching', id: second?.id, coaching: coachingFor('ticket 2') });
    port.answer({ type: 'coaching', id: first?.id, coaching: coachingFor('ticket 1') });
    expect(shown).toEqual(['ticket 2']);
    // Moved to another page: an answer still on its way is not shown either.
    c.ask(ask('3', 'Hello?'));
    c.cancel();
    port.answer({ type: 'coaching', id: port.sent[2]?.id, coaching: coachingFor('ticket 3') });
    expect(shown).toEqual(['ticket 2']);
  });

  it('sends a text once per port, and asks once more on a new port with every text when the worker stops mid-request', () => {
    const { shown, failed, client: c } = client();
    c.ask(ask('1', 'Where is my order?'));
    const first = ports[0] as FakePort;
    first.answer({ type: 'coaching', id: first.sent[0]?.id, coaching: coachingFor('read') });
    c.ask(ask('1', 'Where is my order?'));
    expect(first.sent[1]?.ticket.messages[0]?.text).toBeUndefined();
    // The worker stops before it answers (Chrome after 30 s idle, an update): a new port, texts again.
    first.stop();
    const second = ports[1] as FakePort;
    expect(second.sent[0]?.ticket.messages[0]?.text).toBe('Where is my order?');
    second.answer({ type: 'coaching', id: second.sent[0]?.id, coaching: coachingFor('after the restart') });
    expect(shown).toEqual(['read', 'after the restart']);
    expect(failed).not.toHaveBeenCalled();
  });

  it('gives up after the one retry and says so, rather than reading for ever', () => {
    const { shown, failed, client: c } = client();
    c.ask(ask('1', 'Where is my order?'));
    (ports[0] as FakePort).stop();
    (ports[1] as FakePort).stop();
    expect(ports).toHaveLength(2);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([]);
  });

  it('keeps a bounded memory of what it sent: a ticket shown long ago sends its text again, a recent one does not', () => {
    const { client: c } = client();
    const text = (i: number) => `Ticket ${i}: where is my order?`;
    // A day of switching: a thousand tickets of one message each.
    for (let i = 0; i < 1_000; i++) c.ask(ask(String(i), text(i)));
    const port = ports[0] as FakePort;
    c.ask(ask('0', text(0)));
    expect(port.sent.at(-1)?.ticket.messages[0]?.text).toBe(text(0));
    c.ask(ask('998', text(998)));
    expect(port.sent.at(-1)?.ticket.messages[0]?.text).toBeUndefined();
  });

  it('a chat longer than that memory sends none of its texts again at the next typing pause', () => {
    const { client: c } = client();
    const long = {
      ...ticket('long', ''),
      messages: Array.from({ length: 600 }, (_, i) => ({ role: 'customer' as const, text: `Line ${i} of a long chat.` })),
    };
    c.ask({ ticket: long, draft: '', options: { agentLanguage: 'en', hidden: [] } });
    c.ask({ ticket: long, draft: 'Hi', options: { agentLanguage: 'en', hidden: [] } });
    const port = ports[0] as FakePort;
    expect(port.sent[0]?.ticket.messages.filter((m) => m.text !== undefined)).toHaveLength(600);
    expect(port.sent[1]?.ticket.messages.filter((m) => m.text !== undefined)).toHaveLength(0);
  });
});
