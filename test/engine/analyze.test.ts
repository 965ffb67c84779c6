import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/engine/analyze';
import { compilePacks } from '../../src/engine/compile';
import { resolvePacks } from '../../src/engine/resolve';
import type { Message, Ticket } from '../../src/engine/types';
import { BUNDLED_PACKS } from '../../src/packs';

const defaults = compilePacks(
  resolvePacks(
    BUNDLED_PACKS,
    BUNDLED_PACKS.filter((p) => p.defaultEnabled).map((p) => p.id),
  ).packs,
);
const ticket = (messages: Message[], extra: Partial<Ticket> = {}): Ticket => ({ helpdesk: 'test', messages, ...extra });
const ids = (c: ReturnType<typeof analyze>) => c.signals.map((s) => s.id);

describe('analysing a ticket', () => {
  const thread: Message[] = [
    { role: 'customer', text: 'My router keeps dropping the connection. Can you help?' },
    { role: 'agent', text: "Sorry about that. Please restart it and I'll check back tomorrow." },
    { role: 'internal', text: 'Customer is furious, wants a refund, threatens a lawyer.' },
    { role: 'customer', text: 'This is the third time I write. You people never help anyone!!! I want to speak to a manager.' },
  ];

  it('puts the latest customer message first and never reads internal notes as the customer', () => {
    const result = analyze(ticket(thread), '', defaults);
    expect(result.signals[0]?.scope).toBe('latest');
    expect(ids(result)).toEqual(expect.arrayContaining(['repeat-contact', 'baiting', 'escalation-request']));
    expect(ids(result)).not.toContain('refund-request');
    expect(ids(result)).not.toContain('threat');
  });

  it('shows how to talk before what the customer wants, and "complaint" last, among signals as sure', () => {
    const latest =
      "This is the THIRD time I am writing and it is STILL NOT FIXED!!! You people just don't care about customers once you have their money. I want a refund or I am cancelling my contract.";
    const top = ids(analyze(ticket([{ role: 'customer', text: latest }]), '', defaults));
    // All of these are found with confidence ≥ 0.95; the sidebar shows the first three.
    expect(top.slice(0, 3)).toEqual(['baiting', 'repeat-contact', 'cancel-request']);
    expect(top.indexOf('complaint')).toBeGreaterThan(top.indexOf('refund-request'));
  });

  it('points every signal at the customer words that triggered it', () => {
    const result = analyze(ticket(thread), '', defaults);
    const escalation = result.signals.find((s) => s.id === 'escalation-request');
    const evidence = escalation?.evidence[0];
    expect(evidence && thread[evidence.message]?.text.slice(evidence.start, evidence.end)).toMatch(/^(speak to a )?manager$/);
    expect(escalation?.rule).toMatchObject({ pack: 'core-signals', source: expect.stringContaining('seeds/') });
  });

  it('keeps earlier messages as thread signals, weaker than the latest', () => {
    const result = analyze(
      ticket([
        { role: 'customer', text: 'I want a refund.' },
        { role: 'customer', text: 'Any news?' },
      ]),
      '',
      defaults,
    );
    const refund = result.signals.find((s) => s.id === 'refund-request');
    expect(refund?.scope).toBe('thread');
    expect(refund?.confidence).toBeLessThan(0.9);
  });

  it('ticks method steps from earlier replies and the draft, and names the next', () => {
    const result = analyze(ticket(thread), 'If I understand correctly, the router still drops.', defaults, { method: 'help' });
    const steps = Object.fromEntries(result.method?.steps.map((s) => [s.id, s.by ?? 'open']) ?? []);
    expect(steps).toMatchObject({ hear: 'draft', empathize: 'reply', provide: 'open' });
    expect(result.method?.next).toBe('lead');
  });

  it('writes suggestions in the customer language with placeholders filled (a Greek name in the vocative)', () => {
    const greek = ticket([{ role: 'customer', text: 'Είναι η τρίτη φορά που γράφω και είμαι πολύ θυμωμένος!' }], {
      requester: { name: 'Νίκος Παπαδόπουλος' },
    });
    const result = analyze(greek, '', defaults, { agent: { name: 'Sam Lee' }, language: 'el' });
    expect(result.language).toBe('el');
    const apology = result.suggestions.find((s) => s.id === 'apology-unreserved');
    expect(apology).toMatchObject({ lang: 'el', text: expect.stringMatching(/, Νίκο\.$/) });
    expect(apology?.text).not.toContain('{');
  });

  it('drops a placeholder with no value cleanly', () => {
    const result = analyze(ticket([{ role: 'customer', text: 'I am furious!' }]), '', defaults);
    const apology = result.suggestions.find((s) => s.id === 'apology-unreserved');
    expect(apology?.text).toBe("I'm sincerely sorry for the trouble this has caused you.");
  });

  it('warns about the draft with reasons and alternatives, and clears when fixed', () => {
    const angry = ticket([{ role: 'customer', text: 'This is unacceptable, I am furious!' }]);
    const bad = analyze(angry, 'As I said, you should have restarted it. We will look into it.', defaults);
    expect(bad.draft.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining(['no-apology-to-upset-customer', 'defensive', 'promise-without-time']),
    );
    const defensive = bad.draft.warnings.find((w) => w.id === 'defensive');
    expect(defensive?.span).toEqual([0, 9]); // "As I said"
    expect(defensive?.alternatives.length).toBeGreaterThan(0);
    const good = analyze(angry, "I'm so sorry about this. I'll update you by 3 pm today.", defaults);
    expect(good.draft.warnings).toEqual([]);
  });

  it('hides what the agent marked not helpful', () => {
    const result = analyze(ticket([{ role: 'customer', text: 'I am furious!' }]), '', defaults, {
      hidden: new Set(['angry-customers/apology-unreserved']),
    });
    expect(result.suggestions.map((s) => s.id)).not.toContain('apology-unreserved');
  });
});

describe('bad input', () => {
  it('handles an empty ticket and draft', () => {
    const result = analyze(ticket([]), '', defaults);
    expect(result).toMatchObject({ language: 'und', signals: [], draft: { warnings: [], words: 0 } });
  });

  it('caps huge text with a note instead of stalling', () => {
    const huge = 'I want a refund. '.repeat(20_000);
    const result = analyze(ticket([{ role: 'customer', text: huge }]), huge, defaults);
    expect(result.notes.join(' ')).toMatch(/only the first 20,000 were read/);
    expect(result.signals.map((s) => s.id)).toContain('refund-request');
  });

  it('survives binary junk and non-string text', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536));
    expect(() =>
      analyze(
        ticket([
          { role: 'customer', text: junk },
          { role: 'customer', text: undefined as unknown as string },
        ]),
        junk,
        defaults,
      ),
    ).not.toThrow();
  });

  it('keeps hostile markup as plain text evidence', () => {
    const text = '<img src=x onerror=alert(1)> I want a refund <script>alert(2)</script>';
    const result = analyze(ticket([{ role: 'customer', text }]), '', defaults);
    const evidence = result.signals.find((s) => s.id === 'refund-request')?.evidence[0];
    expect(evidence && text.slice(evidence.start, evidence.end)).toMatch(/^(a )?refund$/);
  });
});

describe('analysing again while the agent types', () => {
  const first: Message[] = [
    { role: 'customer', text: 'My order still has not arrived and nobody answers my emails.' },
    { role: 'agent', text: 'I am sorry, I will look into it today.' },
    { role: 'customer', text: 'This is the third time I write. I want a refund!' },
  ];
  const drafts = ['', 'Hi', "Hi, we can't do that.", 'Hi, I am sorry. What I can do is refund you by Friday.'];

  it('gives what a fresh analysis gives, draft after draft and ticket after ticket', () => {
    const again = createAnalyzer(defaults);
    for (const draft of drafts) expect(again(ticket(first), draft)).toEqual(analyze(ticket(first), draft, defaults));
    // The customer writes again: the new message counts at once.
    const second = [...first, { role: 'customer' as const, text: 'I want to speak to a manager now.' }];
    expect(ids(again(ticket(second), 'Hi'))).toContain('escalation-request');
    expect(again(ticket(second), 'Hi')).toEqual(analyze(ticket(second), 'Hi', defaults));
    // Another ticket, then back: nothing of one leaks into the other.
    const calm = [{ role: 'customer' as const, text: 'Could you tell me how to change my password?' }];
    expect(again(ticket(calm), '')).toEqual(analyze(ticket(calm), '', defaults));
    expect(again(ticket(first), 'Hi')).toEqual(analyze(ticket(first), 'Hi', defaults));
  });

  it('moves evidence with a message that changed place', () => {
    const again = createAnalyzer(defaults);
    again(ticket(first), '');
    const shifted = [{ role: 'customer' as const, text: 'Hello?' }, ...first];
    const refund = again(ticket(shifted), '').signals.find((s) => s.id === 'refund-request');
    expect(refund?.evidence[0]?.message).toBe(3);
  });
});

describe('the draft check across replies', () => {
  it('asks an upset customer for an apology once: an apology in an earlier reply counts', () => {
    const angry = { role: 'customer' as const, text: 'This is the third time I write. It is still broken and I am furious.' };
    const draft = 'I have booked a technician for tomorrow morning.';
    const before = analyze(ticket([angry]), draft, defaults);
    expect(before.draft.warnings.map((w) => w.id)).toContain('no-apology-to-upset-customer');
    const after = analyze(
      ticket([angry, { role: 'agent', text: "I'm so sorry about this." }, { role: 'customer', text: 'Still broken, I am furious.' }]),
      draft,
      defaults,
    );
    expect(after.draft.warnings.map((w) => w.id)).not.toContain('no-apology-to-upset-customer');
  });
});
