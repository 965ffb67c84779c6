import { beforeEach, describe, expect, it, vi } from 'vitest';

// The service worker's gate, without a browser: the extension API and the privileged actions
// behind it are stand-ins that record what the gate let through.
const api = vi.hoisted(() => ({
  runtime: { id: 'composure', getURL: (path: string) => `chrome-extension://composure/${path}`, openOptionsPage: vi.fn() },
}));
const actions = vi.hoisted(() => ({
  publishPacks: vi.fn(),
  recordUsage: vi.fn(),
  startTeach: vi.fn(),
  proposeSite: vi.fn(async () => ({ ok: true as const })),
  teachNewSite: vi.fn(),
  addCustomSite: vi.fn(),
  removeCustomSite: vi.fn(),
  seeTicket: vi.fn(async () => []),
  openTicket: vi.fn(),
  dismissFollowUp: vi.fn(),
}));
vi.mock('webextension-polyfill', () => ({ default: api }));
vi.mock('../../src/background/publish-packs', () => ({ publishPacks: actions.publishPacks }));
vi.mock('../../src/background/usage', () => ({ recordUsage: actions.recordUsage }));
vi.mock('../../src/background/teach', () => ({
  startTeach: actions.startTeach,
  proposeSite: actions.proposeSite,
  teachNewSite: actions.teachNewSite,
}));
vi.mock('../../src/background/custom-sites', () => ({
  addCustomSite: actions.addCustomSite,
  removeCustomSite: actions.removeCustomSite,
  isValidHost: (host: unknown) => typeof host === 'string' && /^[a-z0-9.-]+$/.test(host),
}));

vi.mock('../../src/background/follow-ups', () => ({
  seeTicket: actions.seeTicket,
  openTicket: actions.openTicket,
  dismissFollowUp: actions.dismissFollowUp,
}));

const { handleMessage } = await import('../../src/background/messages');

/** A content script in a helpdesk tab, and one of our own pages. */
const fromPage = { id: 'composure', url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7 }, frameId: 0 } as never;
const fromOptions = { id: 'composure', url: 'chrome-extension://composure/src/options/index.html' } as never;
const fromOther = { id: 'someone-else', url: 'https://evil.example/' } as never;

beforeEach(() => {
  for (const fn of Object.values(actions)) fn.mockClear();
  api.runtime.openOptionsPage.mockClear();
});

describe('the service worker’s message gate', () => {
  it('answers only this extension', async () => {
    expect(await handleMessage({ type: 'open-options' }, fromOther)).toEqual({ ok: false, error: 'unknown sender' });
    expect(api.runtime.openOptionsPage).not.toHaveBeenCalled();
  });

  it('refuses an unknown type and a payload that does not fit, saying which', async () => {
    expect(await handleMessage({ type: 'format-disk' }, fromOptions)).toEqual({ ok: false, error: 'unknown type' });
    expect(await handleMessage(null, fromOptions)).toEqual({ ok: false, error: 'unknown type' });
    expect(await handleMessage({ type: 'add-site', host: 'acme.example', adapter: '../../etc' }, fromOptions)).toEqual({
      ok: false,
      error: 'bad payload',
    });
    expect(await handleMessage({ type: 'usage', context: 'live', records: 'text of the ticket' }, fromPage)).toEqual({
      ok: false,
      error: 'bad payload',
    });
    expect(actions.addCustomSite).not.toHaveBeenCalled();
    expect(actions.recordUsage).not.toHaveBeenCalled();
  });

  it('counts usage by rule id only, and a web page cannot claim to be practice', async () => {
    const records = [
      { rule: 'angry-customers/apology-unreserved', event: 'used' },
      { rule: 'x', event: 'used', text: 'Dear Maya…' },
    ];
    expect(await handleMessage({ type: 'usage', context: 'practice', records }, fromPage)).toEqual({ ok: true });
    expect(actions.recordUsage).toHaveBeenCalledWith('live', [{ rule: 'angry-customers/apology-unreserved', event: 'used' }]);
  });

  it('keeps the privileged messages for our own pages', async () => {
    expect(await handleMessage({ type: 'add-site', host: 'support.acme.example', adapter: 'zendesk' }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed from a page',
    });
    expect(actions.addCustomSite).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'add-site', host: 'support.acme.example', adapter: 'zendesk' }, fromOptions)).toEqual({ ok: true });
    expect(actions.addCustomSite).toHaveBeenCalledWith({ host: 'support.acme.example', adapter: 'zendesk' });
  });

  it('teaches a content script’s own tab only, whatever tab it names', async () => {
    expect(await handleMessage({ type: 'start-teach', tabId: 99 }, fromPage)).toEqual({ ok: true });
    expect(actions.startTeach).toHaveBeenCalledWith(7, 0);
    expect(await handleMessage({ type: 'start-teach', tabId: 99 }, fromOptions)).toEqual({ ok: true });
    expect(actions.startTeach).toHaveBeenLastCalledWith(99, undefined);
    expect(await handleMessage({ type: 'start-teach' }, fromOptions)).toEqual({ ok: false, error: 'bad payload' });
  });

  it('no longer takes a ticket thread as a message (it goes over the analysis port), opens tickets for our own pages only, and quiets a promise from either', async () => {
    const seen = { type: 'follow-ups', helpdesk: 'zendesk', ticketId: '1', url: 'https://acme.zendesk.com/agent/tickets/1', thread: [] };
    expect(await handleMessage(seen, fromPage)).toEqual({ ok: false, error: 'unknown type' });
    expect(actions.seeTicket).not.toHaveBeenCalled();
    const open = { type: 'open-ticket', url: 'https://acme.zendesk.com/agent/tickets/1' };
    expect(await handleMessage(open, fromPage)).toEqual({ ok: false, error: 'not allowed from a page' });
    expect(await handleMessage(open, fromOptions)).toEqual({ ok: true });
    expect(actions.openTicket).toHaveBeenCalledWith(open.url);
    const dismiss = { type: 'dismiss-follow-up', id: 'zendesk:1:abc' };
    expect(await handleMessage(dismiss, fromPage)).toEqual({ ok: true });
    expect(await handleMessage(dismiss, fromOptions)).toEqual({ ok: true });
    expect(await handleMessage({ ...dismiss, id: 7 }, fromPage)).toEqual({ ok: false, error: 'bad payload' });
    expect(actions.dismissFollowUp).toHaveBeenCalledWith('zendesk:1:abc');
  });

  it("scores the customer's latest messages with their language's anger model, and refuses what does not fit", async () => {
    const insult = { index: 0, text: 'Ihr lügt doch alle, ihr seid ein Haufen Abzocker.', scope: 'latest' };
    const german = await handleMessage({ type: 'model-signals', language: 'de', messages: [insult] }, fromPage);
    // The anger model, and any learned-part model of German (train:signals) that finds its signal too.
    expect(german.ok && german.signals?.map((s) => [s.id, s.rule.id, s.scope])).toContainEqual(['anger', 'anger-de', 'latest']);
    for (const s of (german.ok && german.signals) || []) expect(s.rule.id).toBe(`${s.id}-de`);
    // No model for English, or for a language none was shipped for.
    for (const language of ['en', 'fr'])
      expect(await handleMessage({ type: 'model-signals', language, messages: [insult] }, fromPage)).toEqual({ ok: true, signals: [] });
    const bad = [
      { type: 'model-signals', language: '<img src=x>', messages: [insult] },
      { type: 'model-signals', language: 'de', messages: [insult, insult, insult, insult] },
      { type: 'model-signals', language: 'de', messages: [{ ...insult, index: -1 }] },
      { type: 'model-signals', language: 'de', messages: [{ ...insult, text: 'x'.repeat(50_001) }] },
    ];
    for (const message of bad) expect(await handleMessage(message, fromPage)).toEqual({ ok: false, error: 'bad payload' });
  });
});
