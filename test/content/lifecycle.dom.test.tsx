// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageContext } from '../../src/content/context';
import { batched, debounced } from '../../src/content/schedule';
import { GRACE_MS, TicketTracker } from '../../src/content/ticket-tracker';
import { createWatcher } from '../../src/content/watcher';
import type { Ticket } from '../../src/engine/types';

// What the content script sees of the extension: an id while it is there, none once updated.
// Set before the modules load: they take the extension API when they are imported.
const runtime = vi.hoisted(() => {
  const runtime = { id: 'composure' as string | undefined };
  (globalThis as { chrome?: unknown }).chrome = { runtime };
  return runtime;
});
beforeEach(() => {
  runtime.id = 'composure';
});

describe('a page view’s context', () => {
  it('ends once, runs what was registered (latest first), and its signal aborts', () => {
    const ctx = new PageContext();
    const order: string[] = [];
    ctx.onEnd(() => order.push('host'));
    ctx.onEnd((reason) => order.push(`ports ${reason}`));
    ctx.end('unmount');
    ctx.end('invalidated');
    expect(order).toEqual(['ports unmount', 'host']);
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.ended).toBe('unmount');
  });

  it('ends as invalidated the first time the extension is gone, and is never alive again', () => {
    const ctx = new PageContext();
    const ends = vi.fn();
    ctx.onEnd(ends);
    expect(ctx.alive()).toBe(true);
    runtime.id = undefined;
    expect(ctx.alive()).toBe(false);
    runtime.id = 'composure';
    expect(ctx.alive()).toBe(false);
    expect(ends).toHaveBeenCalledTimes(1);
    expect(ends).toHaveBeenCalledWith('invalidated');
  });

  it('runs a part registered after the end at once, and keeps the others when one throws', () => {
    const ctx = new PageContext();
    const later = vi.fn();
    ctx.onEnd(() => later('second'));
    ctx.onEnd(() => {
      throw new Error('a part that fails to let go');
    });
    ctx.end('unmount');
    expect(later).toHaveBeenCalledWith('second');
    const after = vi.fn();
    ctx.onEnd(after);
    expect(after).toHaveBeenCalledWith('unmount');
  });
});

describe('scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounced runs once after the calls rest, and never after its signal aborts', () => {
    const controller = new AbortController();
    const fn = vi.fn();
    const call = debounced(fn, 300, controller.signal);
    call();
    vi.advanceTimersByTime(200);
    call();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    call();
    controller.abort();
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('batched reads a page that keeps changing within maxWait, and a burst once', () => {
    const fn = vi.fn();
    const call = batched(fn, 120, 400, new AbortController().signal);
    for (let t = 0; t < 1_000; t += 50) {
      call();
      vi.advanceTimersByTime(50);
    }
    // Changes every 50 ms for a second: read every ≤ 400 ms, not once at the end.
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
    fn.mockClear();
    call();
    call();
    call();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

const ticket = (id: string, text: string): Ticket => ({ helpdesk: 'test', id, messages: [{ role: 'customer', text }] });
const ok = (t: Ticket) => ({ ok: true as const, ticket: t, root: document.body }) as never;

describe('the ticket tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never shows the previous ticket under a new id after the URL changed, and shows the new one when it is there', () => {
    const tracker = new TicketTracker();
    const a = ticket('1', 'I want a refund');
    expect(tracker.judge(ok(a), '1').kind).toBe('fresh');
    expect(tracker.navigated('2')).toBe(true);
    // The page still shows ticket 1's messages: still reading, with the new id.
    expect(tracker.judge(ok(a), '2')).toMatchObject({ kind: 'waiting', ticketId: '2' });
    expect(tracker.judge(ok(ticket('2', 'Thank you!')), '2').kind).toBe('fresh');
  });

  it('says "not found" only after the page has been still for the grace period', () => {
    const tracker = new TicketTracker();
    const missing = { ok: false as const, problem: 'no conversation' } as never;
    expect(tracker.judge(missing, '1').kind).toBe('waiting');
    vi.advanceTimersByTime(GRACE_MS - 1_000);
    tracker.changed();
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(tracker.judge(missing, '1').kind).toBe('waiting');
    vi.advanceTimersByTime(1);
    expect(tracker.judge(missing, '1').kind).toBe('missing');
  });
});

describe('the watcher', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));
  beforeEach(() => document.body.replaceChildren());

  it('wide: a batch that adds an element is a change, text-only changes are not', async () => {
    const onChange = vi.fn();
    const watcher = createWatcher(onChange, new AbortController().signal);
    const p = document.createElement('p');
    document.body.append(p);
    watcher.wide([]);
    p.textContent = 'typing';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    document.body.append(document.createElement('article'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('narrow: the conversation’s changes count, the reply box’s own typing does not', async () => {
    const onChange = vi.fn();
    const watcher = createWatcher(onChange, new AbortController().signal);
    const conversation = document.createElement('section');
    const box = document.createElement('div');
    document.body.append(conversation, box);
    watcher.ignore(box);
    watcher.narrow(conversation, box, []);
    box.append('Hello');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    conversation.append(document.createElement('article'));
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('observes nothing once its signal aborted: 100 page mutations, 0 callbacks', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    const watcher = createWatcher(onChange, controller.signal);
    watcher.wide([]);
    controller.abort();
    for (let i = 0; i < 100; i++) document.body.append(document.createElement('div'));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
