import browser from 'webextension-polyfill';
import { type SentMessage, followUpsOf } from '../engine/follow-ups';
import type { EffectiveConfig } from '../lib/config';
import { chronoDeadline } from '../lib/due-time';
import {
  FOLLOW_UPS_KEY,
  type FollowUpStore,
  dismiss,
  dueSoon,
  markLate,
  owed,
  parseFollowUps,
  promiseId,
  recordTicket,
} from '../lib/follow-up-store';
import { t } from '../lib/i18n';
import { STANDARD_WORKING_TIME, workingTimeOf } from '../lib/working-time';
import type { FollowUpView } from '../lib/protocol';
import { loadPublishedConfig } from '../lib/storage';
import { dayOf } from '../lib/usage';

/**
 * The promises agents make in sent replies, across tickets: when a tab's read reaches the
 * analysis service (analysis-port.ts), this part finds the promises (chrono-node lives here, not in every
 * page), stores where and when (never text), keeps the toolbar badge and the reminders.
 */
const REMIND_BEFORE = 15 * 60_000;
const TICK = 'follow-ups';
const REMIND = 'remind:';

const readStore = async () => parseFollowUps((await browser.storage.local.get(FOLLOW_UPS_KEY))[FOLLOW_UPS_KEY]);

/** One read-modify-write at a time: tabs report concurrently. */
let queue: Promise<unknown> = Promise.resolve();
function update<T>(task: (store: FollowUpStore) => Promise<{ store: FollowUpStore; answer: T }> | { store: FollowUpStore; answer: T }) {
  const run = queue.then(async () => {
    const before = await readStore();
    const { store, answer } = await task(before);
    // A full quota loses this update only: the sidebar still shows what the thread says.
    if (store !== before) await browser.storage.local.set({ [FOLLOW_UPS_KEY]: store }).catch(() => undefined);
    await showBadge(store);
    return answer;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A ticket's thread as read: the agent's public replies with their text, the customer's messages only as their place. */
export interface SeenThread {
  helpdesk: string;
  ticketId: string;
  url: string;
  thread: { role: 'agent' | 'customer'; text: string; time?: string }[];
}

/** Where each promise of a ticket's thread stands, for the sidebar; stored for the toolbar. */
export async function seeTicket(msg: SeenThread): Promise<FollowUpView[]> {
  const config = await loadPublishedConfig();
  if (!config.followUps) return [];
  return update(async (store) => {
    const now = Date.now();
    const thread: SentMessage[] = msg.thread.map((m) => ({ role: m.role, text: m.text, sentAt: sentAt(m.time) }));
    const idOf = (i: number) => promiseId(msg.helpdesk, msg.ticketId, thread[i]?.text ?? '');
    // A message the page gives no time for keeps the time Composure first read it.
    const seenAt = (i: number) => store.promises[idOf(i)]?.madeAt ?? now;
    // "2 business days", "end of business" and "first thing" in the team's working days and hours.
    const found = followUpsOf(thread, now, chronoDeadline, seenAt, commitmentsOf(config), {
      work: workingTimeOf(config.workingTime) ?? STANDARD_WORKING_TIME,
    }).map((f) => {
      const id = idOf(f.message);
      const answeredAt = f.answeredAt === undefined ? undefined : (store.promises[id]?.answeredAt ?? f.answeredAt);
      return { ...f, id, answeredAt };
    });
    const next = recordTicket(store, { helpdesk: msg.helpdesk, ticketId: msg.ticketId, url: msg.url, found }, now, dayOf(new Date(now)));
    await scheduleReminders(next, config);
    // One the agent marked as needing no follow-up is not shown again.
    const answer: FollowUpView[] = found
      .filter((f) => !next.promises[f.id]?.dismissed)
      .map((f) => ({
        id: f.id,
        message: f.message,
        start: f.start,
        end: f.end,
        due: f.due,
        state: next.promises[f.id]?.state ?? f.state,
        ...(f.answeredAt !== undefined ? { answeredAt: f.answeredAt } : {}),
      }));
    return { store: next, answer };
  });
}

/** The agent says promise `id` needs no follow-up; its reminder goes too. */
export async function dismissFollowUp(id: string): Promise<void> {
  await update((store) => ({ store: dismiss(store, id), answer: undefined }));
  await browser.alarms.clear(`${REMIND}${id}`);
}

/** Every minute: promises that went late are counted and the badge follows the clock. */
export function tick(): Promise<unknown> {
  return update(async (store) => {
    const config = await loadPublishedConfig();
    // Turned off: what was stored goes (a store left as it was is not written again).
    if (!config.followUps) return { store: Object.keys(store.promises).length ? { ...store, promises: {} } : store, answer: undefined };
    return { store: markLate(store, Date.now()), answer: undefined };
  });
}

export function startFollowUps(): void {
  void browser.alarms.get(TICK).then((alarm) => {
    if (!alarm) return browser.alarms.create(TICK, { periodInMinutes: 1 });
  });
  void tick();
}

export async function onAlarm(name: string): Promise<void> {
  if (name === TICK) return void (await tick());
  if (name.startsWith(REMIND)) await remind(name.slice(REMIND.length));
}

/** Opens the ticket a reminder was about: its tab if open, else a new one. */
export async function onNotificationClicked(id: string): Promise<void> {
  const store = await readStore();
  const promise = store.promises[id];
  if (promise) await openTicket(promise.url);
}

export async function openTicket(url: string): Promise<void> {
  if (!/^https?:\/\//.test(url)) return;
  const [open] = await browser.tabs.query({ url: url.split('#')[0] });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(open.url === url ? {} : { url }) });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
  } else await browser.tabs.create({ url });
}

async function remind(id: string) {
  const config = await loadPublishedConfig();
  if (!config.followUpReminders || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const store = await readStore();
  const promise = owed(store, Date.now()).find((p) => p.id === id);
  if (promise?.state !== 'pending' || promise.reminded) return;
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('followUpReminderTitle'),
    message: t('followUpReminder', [`#${promise.ticketId}`, clock(promise.due)]),
  });
  await update((s) => {
    const p = s.promises[id];
    if (!p) return { store: s, answer: undefined };
    return { store: { ...s, promises: { ...s.promises, [id]: { ...p, reminded: true } } }, answer: undefined };
  });
}

/** One alarm per pending promise at due − 15 min, when the agent asked for reminders; none for the rest. */
async function scheduleReminders(store: FollowUpStore, config: EffectiveConfig) {
  const now = Date.now();
  const wanted = new Map(
    config.followUpReminders
      ? owed(store, now)
          .filter((p) => p.state === 'pending' && !p.reminded && p.due - REMIND_BEFORE > now)
          .map((p) => [`${REMIND}${p.id}`, p.due - REMIND_BEFORE])
      : [],
  );
  for (const alarm of await browser.alarms.getAll())
    if (alarm.name.startsWith(REMIND) && wanted.get(alarm.name) !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
  for (const [name, when] of wanted) await browser.alarms.create(name, { when });
}

async function showBadge(store: FollowUpStore) {
  const now = Date.now();
  const count = dueSoon(store, now);
  const late = owed(store, now).some((p) => p.state === 'late');
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await browser.action.setBadgeBackgroundColor({ color: late ? '#b3261e' : '#8a5a00' });
  await browser.action.setTitle({ title: count ? `${t('extName')} — ${t('followUpBadge', String(count))}` : t('extName') });
}

/** A message time the page gave as a date (ISO, as `<time datetime>` holds); anything else is not one. */
function sentAt(time: string | undefined): number | undefined {
  if (!time || !/^\d{4}-\d\d-\d\d/.test(time)) return undefined;
  const at = Date.parse(time);
  return Number.isFinite(at) ? at : undefined;
}

function commitmentsOf(config: EffectiveConfig): Record<string, string[]> {
  const extra: Record<string, string[]> = {};
  for (const { pack, enabled } of config.packs)
    if (enabled) for (const [lang, phrases] of Object.entries(pack.commitments ?? {})) extra[lang] = [...(extra[lang] ?? []), ...phrases];
  return extra;
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
