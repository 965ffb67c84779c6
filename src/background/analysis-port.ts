import browser, { type Runtime } from 'webextension-polyfill';
import { compilePacks } from '../engine/compile';
import { resolvePacks } from '../engine/resolve';
import type { Ticket } from '../engine/types';
import { type AnalysisRequest, parseAnalysisRequest } from '../lib/analysis-protocol';
import { type AnalysisService, type Client, createAnalysisService } from '../lib/analysis-service';
import { detectLanguage } from '../lib/detect-language';
import { ANALYSIS_PORT, type AnalysisAnswer, type FollowUpView } from '../lib/protocol';
import { loadPublishedConfig } from '../lib/storage';
import { seeTicket } from './follow-ups';
import { modelSignals } from './models';
import { publishPacks } from './publish-packs';

/**
 * The analysis service of the browser (lib/analysis-service.ts) behind its port: every tab's
 * content script, and the practice page, connect here. The packs of the effective configuration
 * are compiled on the first request after the worker starts or the configuration changes;
 * connected callers are then told to ask again. Each port's texts live in memory until it closes.
 * The worker may be stopped at any time (Chrome after 30 s idle): nothing here is a record.
 */
let service: Promise<AnalysisService> | undefined;
const ports = new Set<Runtime.Port>();

async function compiledService(): Promise<AnalysisService> {
  const config = await loadPublishedConfig(publishPacks);
  let compiled: ReturnType<typeof compilePacks>;
  try {
    compiled = compilePacks(
      resolvePacks(
        config.packs.map((p) => p.pack),
        config.enabled,
      ).packs,
    );
  } catch {
    // A stored pack that is not what it should be coaches with none rather than with half.
    compiled = compilePacks([]);
  }
  return createAnalysisService(compiled, { detectLanguage, modelSignals });
}

/** The packs, the policy or the agent's choice of packs changed: compiled again at the next request, which every caller is asked for. */
export function analysisConfigChanged(): void {
  if (!service) return;
  service = undefined;
  for (const port of ports) post(port, { type: 'reconfigured' });
}

function post(port: Runtime.Port, answer: AnalysisAnswer) {
  try {
    port.postMessage(answer);
  } catch {
    // Closed meanwhile: its onDisconnect lets its texts go.
  }
}

/** A port from this extension: a content script's (its tab reads a helpdesk) or one of our pages'. */
export function onAnalysisConnect(port: Runtime.Port): void {
  if (port.name !== ANALYSIS_PORT) return;
  if (port.sender?.id !== browser.runtime.id) {
    port.disconnect();
    return;
  }
  // Promises are tracked for tickets a tab read, never for what a page of ours makes up.
  const fromTab = port.sender.tab?.id !== undefined && !port.sender.url?.startsWith(browser.runtime.getURL(''));
  ports.add(port);
  // A tab connects when its page view starts, before its ticket is read: the packs compile
  // meanwhile, and the first read pays only its analysis.
  service ??= compiledService();
  service.catch(() => undefined);
  let client: { service: AnalysisService; client: Client } | undefined;
  const asked = { key: '', followUps: [] as FollowUpView[] };

  port.onMessage.addListener(async (raw: unknown) => {
    const parsed = parseAnalysisRequest(raw);
    if (!parsed.ok) return post(port, { type: 'refused', ...(parsed.id !== undefined && { id: parsed.id }), error: parsed.error });
    const { request } = parsed;
    try {
      service ??= compiledService();
      const current = await service;
      // Compiled again since this port's last request: its texts are still good, its memos not.
      if (client?.service !== current) client = { service: current, client: current.connect(client?.client.texts) };
      const answer = await current.analyze(client.client, request);
      if (answer.type === 'missing') return post(port, { type: 'missing', id: request.id, hashes: answer.hashes });
      post(port, { type: 'coaching', id: request.id, coaching: answer.coaching });
      if (request.followUps && fromTab) {
        const followUps = await promisesOf(request, answer.ticket, asked);
        post(port, { type: 'follow-ups', id: request.id, followUps });
      }
    } catch (e) {
      // Compiled again at the next request rather than refusing every one after.
      service = undefined;
      post(port, { type: 'refused', id: request.id, error: (e as Error).message });
    }
  });
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    if (client) client.service.close(client.client);
    client = undefined;
  });
}

/**
 * The promises in the agent's sent replies (background/follow-ups.ts: the date parser lives in
 * this worker), with the customer's messages as nothing but their place and no internal notes.
 * Looked for again only when the thread changed on this port.
 */
async function promisesOf(
  request: AnalysisRequest,
  ticket: Ticket,
  asked: { key: string; followUps: FollowUpView[] },
): Promise<FollowUpView[]> {
  const about = request.followUps as NonNullable<AnalysisRequest['followUps']>;
  const indices = ticket.messages.flatMap((m, i) => (m.role === 'agent' || m.role === 'customer' ? [i] : []));
  const thread = indices.map((i) => {
    const m = ticket.messages[i] as Ticket['messages'][number];
    return { role: m.role as 'agent' | 'customer', text: m.role === 'agent' ? m.text : '', time: m.time };
  });
  const refs = request.ticket.messages;
  const key = `${about.helpdesk}:${about.ticketId}:${indices.map((i) => `${refs[i]?.role}${refs[i]?.role === 'agent' ? refs[i]?.hash : ''}${refs[i]?.time ?? ''}`).join()}`;
  if (key === asked.key) return asked.followUps;
  // Remembered before anything is awaited, and for a thread without replies too: a switch to
  // another ticket and back asks again (a promise may have come due meanwhile).
  asked.key = key;
  asked.followUps = [];
  if (!thread.some((m) => m.role === 'agent')) return [];
  const found = await seeTicket({ helpdesk: about.helpdesk, ticketId: about.ticketId, url: about.url, thread });
  // The worker counts in the thread it read; the sidebar in the ticket's messages.
  const followUps = found.map((f) => ({ ...f, message: indices[f.message] ?? -1 }));
  if (asked.key === key) asked.followUps = followUps;
  return followUps;
}
