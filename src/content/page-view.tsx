import { render } from 'preact';
import type { Runtime } from 'webextension-polyfill';
import { generic } from '../adapters/generic';
import type { Reading } from '../adapters/read';
import type { Adapter } from '../adapters/types';
import { createAnalyzer } from '../engine/analyze';
import { type CompiledPacks, compilePacks } from '../engine/compile';
import { resolvePacks } from '../engine/resolve';
import type { Coaching, Ticket } from '../engine/types';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { loadPublishedConfig, onConfigChange } from '../lib/storage';
import { Sidebar } from '../ui/Sidebar';
import type { TabStatus } from '../ui/tab-status';
import { DEFAULT_PANEL, type PanelState, type SidebarActions, type SidebarState } from '../ui/types';
import { PANEL_PORT, type PanelAction, type PanelUpdate, forPanel } from '../ui/panel-protocol';
import { highlightEvidence } from '../ui/highlight';
import { detectLanguage } from './language';
import { contextAlive, send } from './messages';
import type { Mounted } from './mount';
import { readPanel, savePanel } from './panel-state';
import { reserveSpace } from './reserve-space';
import { createUsageRecorder } from './usage-recorder';
import { inspectSite } from '../adapters/inspect';
import { batched, debounced } from './schedule';
import { chooseAdapter, usableSites } from './sites';
import { TicketTracker } from './ticket-tracker';
import { createWatcher } from './watcher';

/** A change on the page is read after it rests this long, and never later than READ_MAX_WAIT_MS. */
const READ_WAIT_MS = 120;
const READ_MAX_WAIT_MS = 400;
const DRAFT_DEBOUNCE_MS = 300;
const PANEL_SAVE_DEBOUNCE_MS = 400;
/** The collapsed panel: its header's expand button, nothing else. */
const COLLAPSED_WIDTH = 40;

export interface PageView {
  toggle(): void;
  focus(): void;
  /** The browser's side panel, following this tab, shows the sidebar instead of the page. */
  connectPanel(port: Runtime.Port): void;
  /** What Composure sees on this tab, for the toolbar popup. */
  status(): TabStatus;
  /** What the teach script builds on: the adapter and configuration in use. */
  adapter(): Adapter;
  config(): EffectiveConfig;
}

/**
 * One page view of a helpdesk: waits for the ticket, reads it, runs the engine, renders the
 * sidebar, and follows the page as it loads, switches tickets and re-renders. Every listener,
 * observer and timer ends with `signal`.
 */
export function startPageView(initial: Adapter, firstConfig: EffectiveConfig, mounted: Mounted, signal: AbortSignal): PageView {
  let adapter = initial;
  // Resolved now: once the extension is updated under this tab, its i18n no longer answers.
  const reloadMessage = t('reloadTab');
  let config = firstConfig;
  let compiled: CompiledPacks | undefined;
  // Remembers each message it read, so a pause in typing costs only the draft.
  let analyze: ReturnType<typeof createAnalyzer> | undefined;
  let state: SidebarState = { kind: 'reading', helpdesk: adapter.name };
  let panel: PanelState = DEFAULT_PANEL;
  let hidden = new Set<string>();
  let shownKey = '';
  let lastUrl = location.href;
  /** What was last read, for the draft check: typing never re-reads the conversation. */
  let shown: { ticket: Ticket; reading: Extract<Reading, { ok: true }>; language?: string } | undefined;
  const tracker = new TicketTracker();
  const watcher = createWatcher(() => {
    tracker.changed();
    scheduleRead();
  }, signal);
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(graceTimer));

  const usage = createUsageRecorder(() => config.usageCounts, signal);
  const actions: SidebarActions = {
    insert: (text, rule) => {
      if (rule) usage.record(rule, 'used');
      void insert(text);
    },
    copy: (text, rule) => {
      if (rule) usage.record(rule, 'copied');
      void navigator.clipboard?.writeText(text).catch(() => undefined);
    },
    hide: (rule) => {
      hidden.add(rule);
      usage.record(rule, 'dismissed');
      void coach();
    },
    highlight: (i) => highlightEvidence(shown?.reading.root ?? null, state, i),
    openOptions: () => void send({ type: 'open-options' }),
    teach: () => void send({ type: 'start-teach' }),
    genericMode: () => {
      adapter = generic;
      void read();
    },
    showReport: () => {
      const report = inspectSite(adapter, document, new URL(location.href), config.agentName, usableSites(config).warnings);
      state = { kind: 'report', report, back: state };
      paint();
    },
    closeReport: () => {
      if (state.kind === 'report') state = state.back;
      paint();
      void read();
    },
    setPanel: (update) => {
      const languageChanged = update.agentLanguage !== undefined && update.agentLanguage !== panel.agentLanguage;
      panel = { ...panel, ...update };
      // A click (collapse, language) is stored at once; a resize drag once it rests.
      if (Object.keys(update).every((key) => key === 'width')) persistPanel();
      else void savePanel(adapter.id, panel);
      if (languageChanged) void coach();
      else paint();
    },
  };

  /** Side panels showing this tab's sidebar. */
  const ports = new Set<Runtime.Port>();

  function paint() {
    if (signal.aborted) return;
    // One sidebar at a time: in the browser's side panel when the agent chose it or opened it.
    const elsewhere = config.placement === 'browser' || ports.size > 0;
    render(elsewhere ? null : <Sidebar state={state} panel={panel} actions={actions} />, mounted.root);
    if (makeRoom(elsewhere ? 0 : panel.collapsed ? COLLAPSED_WIDTH : panel.width)) return paint();
    if (ports.size) {
      const update: PanelUpdate = { type: 'state', state: forPanel(state), panel };
      for (const port of ports) post(port, update);
    }
  }

  /** Room for the panel; the shell is looked for again when a ticket is first shown or the window resized. */
  let refitDue = true;
  let stuckSaid = false;
  /**
   * Makes room; true when the page would not give it (a shell that keeps the whole window): the
   * panel then collapses to its tab rather than cover the helpdesk, and says why, once per page view.
   */
  function makeRoom(px: number): boolean {
    const room = reserveSpace(document, px, refitDue);
    refitDue = false;
    if (!room.stuck || stuckSaid || panel.collapsed) return false;
    stuckSaid = true;
    panel = { ...panel, collapsed: true, layoutNotice: true };
    return true;
  }
  addEventListener(
    'resize',
    debounced(
      () => {
        refitDue = true;
        paint();
      },
      150,
      signal,
    ),
    { signal },
  );

  function post(port: Runtime.Port, message: PanelUpdate) {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port);
    }
  }

  function connectPanel(port: Runtime.Port) {
    if (port.name !== PANEL_PORT) return;
    ports.add(port);
    port.onMessage.addListener((message: unknown) => onPanelAction(message as PanelAction));
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      paint();
    });
    paint();
  }

  function onPanelAction(action: PanelAction) {
    if (action?.type === 'insert' && typeof action.text === 'string')
      actions.insert(action.text, typeof action.rule === 'string' ? action.rule : undefined);
    else if (action?.type === 'hide' && typeof action.rule === 'string') actions.hide(action.rule);
    else if (action?.type === 'highlight') actions.highlight(typeof action.index === 'number' ? action.index : null);
    else if (action?.type === 'set-panel' && action.update && typeof action.update === 'object')
      actions.setPanel({ agentLanguage: action.update.agentLanguage === true });
    else if (action?.type === 'use-generic') actions.genericMode();
    else if (action?.type === 'teach') actions.teach();
    else if (action?.type === 'show-report') actions.showReport();
    else if (action?.type === 'close-report') actions.closeReport();
  }

  async function reloadConfig() {
    await applyConfig(await loadPublishedConfig());
  }

  async function applyConfig(next: EffectiveConfig) {
    config = next;
    try {
      compiled = compilePacks(
        resolvePacks(
          config.packs.map((p) => p.pack),
          config.enabled,
        ).packs,
      );
    } catch {
      // A stored pack that is not what it should be: coach with none rather than break the page.
      compiled = compilePacks([]);
    }
    analyze = createAnalyzer(compiled);
    // A definition the lead just taught or pushed may change how this page is read.
    if (adapter !== generic) adapter = (await chooseAdapter(new URL(location.href), config)) ?? adapter;
    await read();
  }

  /** Reads the page; shows the ticket once it is really there, or says what is missing once the page is still. */
  async function read() {
    if (signal.aborted || !compiled) return;
    if (!contextAlive()) return invalidated();
    if (config.sites[adapter.id] === false) {
      state = { kind: 'off' };
      return paint();
    }
    if (state.kind === 'report') return; // the agent is reading the report; the next change after it refreshes
    const url = new URL(location.href);
    if (url.href !== lastUrl) navigated(url);
    const urlId = adapter.ticketIdFromUrl(url);
    const reading = adapter.read(document, url, { agentName: config.agentName });
    const composer = adapter.composer(document, url);
    watcher.ignore(composer?.element ?? null);
    if (composer) listenForTyping(composer.element.ownerDocument);
    const tracked = tracker.judge(reading, urlId);
    clearTimeout(graceTimer);
    if (tracked.kind !== 'fresh') {
      watcher.wide(adapter.watchAttributes);
      if (tracked.kind === 'waiting') {
        // Nothing changes on an idle page: one timer, to say "not found" once the grace is over.
        graceTimer = setTimeout(() => void read(), tracked.retryInMs + 50);
        state = { kind: 'reading', helpdesk: adapter.name, ticketId: tracked.ticketId };
      } else {
        shown = undefined;
        state = {
          kind: 'problem',
          helpdesk: adapter === generic ? 'generic' : adapter.name,
          problem: tracked.reading.problem,
          teachable: !config.locked.includes('siteDefinitions'),
        };
      }
      return paint();
    }
    const fresh = tracked.reading;
    // Waiting for a reply box that mounts later (a Reply button, an editor re-mounted on a switch)?
    if (adapter.site?.definition.composer && !composer) watcher.wide(adapter.watchAttributes);
    else watcher.narrow(fresh.root, composer?.element ?? null, adapter.watchAttributes);
    const key = `${adapter.id}:${fresh.ticket.id ?? url.pathname}`;
    if (key !== shownKey) {
      shownKey = key;
      hidden = new Set();
      // A helpdesk draws its app shell by script: by the time a ticket is read, it is there.
      refitDue = true;
    }
    const language = await customerLanguage(fresh.ticket);
    if (signal.aborted) return;
    shown = { ticket: fresh.ticket, reading: fresh, language };
    await coach(composer);
  }

  /** Runs the engine on what was last read and the draft as it is now (in the reply box just found, if a read found it). */
  async function coach(composer = adapter.composer(document, new URL(location.href))) {
    if (!shown || !analyze || signal.aborted) return;
    const coaching = analyze(shown.ticket, composer?.readDraft() ?? '', {
      method: config.method,
      agentLanguage: uiLanguage(),
      language: shown.language,
      agent: { name: config.agentName },
      hidden,
      suggestionLanguage: panel.agentLanguage ? uiLanguage().split('-')[0] : undefined,
    });
    if (state.kind === 'report') return;
    usage.shownOn(shownKey, shownRules(coaching));
    state = {
      kind: 'ready',
      helpdesk: adapter.name,
      ticket: shown.ticket,
      coaching,
      composerFound: composer !== null,
      olderHidden: shown.reading.olderHidden,
      unmarked: shown.reading.unmarked,
    };
    paint();
  }

  async function customerLanguage(ticket: Ticket): Promise<string | undefined> {
    const latest = ticket.messages
      .filter((m) => m.role === 'customer')
      .slice(-2)
      .map((m) => m.text)
      .join('\n');
    return latest ? detectLanguage(latest) : undefined;
  }

  /** The URL changed: if it names another ticket, what is shown is the old one until the page catches up. */
  function navigated(url: URL) {
    lastUrl = url.href;
    if (tracker.navigated(adapter.ticketIdFromUrl(url)) && state.kind === 'ready') {
      state = { kind: 'reading', helpdesk: adapter.name, ticketId: adapter.ticketIdFromUrl(url) };
      paint();
    }
  }

  const scheduleRead = batched(() => void read(), READ_WAIT_MS, READ_MAX_WAIT_MS, signal);
  // A resize drag changes the width on every pointer move; it is stored once the drag rests.
  const persistPanel = debounced(() => void savePanel(adapter.id, panel), PANEL_SAVE_DEBOUNCE_MS, signal);
  const scheduleCoach = debounced(() => void coach(), DRAFT_DEBOUNCE_MS, signal);

  async function insert(text: string) {
    const composer = adapter.composer(document, new URL(location.href));
    if (!composer) return;
    await composer.insert(text);
    scheduleCoach();
  }

  /**
   * The extension was reloaded or updated under this tab: this script can no longer reach it.
   * Stop observing and say so; a fresh script comes with the next page load.
   */
  function invalidated() {
    clearTimeout(graceTimer);
    state = { kind: 'invalidated', message: reloadMessage };
    paint();
  }

  // The draft: listen where typing happens (the reply box may be in a frame of its own), and
  // only look once typing pauses.
  const typedIn = new WeakSet<Document>();
  function listenForTyping(doc: Document) {
    if (typedIn.has(doc)) return;
    typedIn.add(doc);
    doc.addEventListener(
      'input',
      (e) => {
        const composer = adapter.composer(document, new URL(location.href));
        if (composer && e.target && composer.element.contains(e.target as Node)) scheduleCoach();
      },
      { capture: true, signal },
    );
  }
  listenForTyping(document);

  // In generic mode the customer's message is whatever the agent selects.
  document.addEventListener('selectionchange', () => adapter === generic && scheduleRead(), { signal });

  // Single-page apps: the Navigation API where there is one, history events otherwise (and the
  // watcher notices a URL that changed with the page).
  const onNavigation = () => {
    if (location.href !== lastUrl) navigated(new URL(location.href));
    scheduleRead();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', onNavigation, { signal });
  addEventListener('popstate', onNavigation, { signal });
  addEventListener('hashchange', onNavigation, { signal });

  onConfigChange(() => void reloadConfig(), signal);
  void readPanel(adapter.id).then((stored) => {
    // The page may already have refused to make room: the panel stays collapsed, saying why.
    panel = panel.layoutNotice ? { ...stored, collapsed: true, layoutNotice: true } : stored;
    paint();
  });
  paint();
  void applyConfig(firstConfig);

  signal.addEventListener('abort', () => {
    reserveSpace(document, 0);
    for (const port of ports) port.disconnect();
  });

  return {
    adapter: () => adapter,
    config: () => config,
    connectPanel,
    status: () => ({
      helpdesk: adapter.name,
      state: state.kind,
      ticketId: state.kind === 'ready' ? state.ticket.id : undefined,
      requester: state.kind === 'ready' ? (state.ticket.requester?.name ?? state.ticket.requester?.email) : undefined,
      messages: state.kind === 'ready' ? state.ticket.messages.length : undefined,
      signals: state.kind === 'ready' ? state.coaching.signals.slice(0, 3).map((s) => s.id) : undefined,
      composerFound: state.kind === 'ready' ? state.composerFound : undefined,
      collapsed: panel.collapsed,
      placement: config.placement,
    }),
    toggle: () => actions.setPanel({ collapsed: !panel.collapsed }),
    focus() {
      if (panel.collapsed) actions.setPanel({ collapsed: false });
      // The first suggestion's Insert when there is one, else the first control.
      const target =
        mounted.root.querySelector<HTMLElement>('.suggestion button.primary:not([disabled])') ??
        mounted.root.querySelector<HTMLElement>('header button');
      target?.focus();
    },
  };
}

/** The rules whose coaching the sidebar shows: signals, the next step's prompt, suggestions, draft warnings. */
function shownRules(coaching: Coaching): string[] {
  const key = (r: { pack: string; id: string }) => `${r.pack}/${r.id}`;
  const next = coaching.method?.steps.find((s) => s.id === coaching.method?.next);
  return [
    ...coaching.signals.map((s) => key(s.rule)),
    ...(next ? [key(next.rule)] : []),
    ...coaching.suggestions.map((s) => key(s.rule)),
    ...coaching.draft.warnings.map((w) => key(w.rule)),
  ];
}
