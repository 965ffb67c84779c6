import { render } from 'preact';
import { generic } from '../adapters/generic';
import type { Adapter } from '../adapters/types';
import { analyze } from '../engine/analyze';
import { type CompiledPacks, compilePacks } from '../engine/compile';
import { resolvePacks } from '../engine/resolve';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { loadConfig, onConfigChange } from '../lib/storage';
import { Sidebar } from '../ui/Sidebar';
import { DEFAULT_PANEL, type PanelState, type SidebarActions, type SidebarState } from '../ui/types';
import { highlightEvidence } from './highlight';
import { detectLanguage } from './language';
import { contextAlive, send } from './messages';
import type { Mounted } from './mount';
import { readPanel, savePanel } from './panel-state';
import { debounced } from './schedule';

const MUTATION_DEBOUNCE_MS = 150;
const DRAFT_DEBOUNCE_MS = 300;
const PANEL_SAVE_DEBOUNCE_MS = 400;

export interface PageView {
  toggle(): void;
  focus(): void;
}

/**
 * One page view of a helpdesk: reads the ticket, runs the engine, renders the sidebar, and
 * keeps all three current. Every listener, observer and timer ends with `signal`.
 */
export function startPageView(initial: Adapter, mounted: Mounted, signal: AbortSignal): PageView {
  let adapter = initial;
  // Resolved now: once the extension is updated under this tab, its i18n no longer answers.
  const reloadMessage = t('reloadTab');
  let config: EffectiveConfig | undefined;
  let compiled: CompiledPacks | undefined;
  let state: SidebarState = { kind: 'reading' };
  let panel: PanelState = DEFAULT_PANEL;
  let observed: Element | null = null;
  let ticketKey = '';
  let hidden = new Set<string>();
  const observer = new MutationObserver(() => scheduleRun());
  signal.addEventListener('abort', () => observer.disconnect());

  const actions: SidebarActions = {
    insert: (text) => void insert(text),
    copy: (text) => void navigator.clipboard?.writeText(text).catch(() => undefined),
    hide: (rule) => {
      hidden.add(rule);
      void send({ type: 'feedback', rule });
      void run();
    },
    highlight: (i) => highlightEvidence(adapter, state, i),
    openOptions: () => void send({ type: 'open-options' }),
    useGeneric: () => {
      adapter = generic;
      void run();
    },
    setPanel: (update) => {
      const languageChanged = update.agentLanguage !== undefined && update.agentLanguage !== panel.agentLanguage;
      panel = { ...panel, ...update };
      // A click (collapse, language) is stored at once; a resize drag once it rests.
      if (Object.keys(update).every((key) => key === 'width')) persistPanel();
      else void savePanel(adapter.id, panel);
      if (languageChanged) void run();
      else paint();
    },
  };

  function paint() {
    if (signal.aborted) return;
    render(<Sidebar state={state} panel={panel} actions={actions} />, mounted.root);
  }

  async function reloadConfig() {
    config = await loadConfig(undefined, () => void reloadConfig());
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
    await run();
  }

  async function run() {
    if (signal.aborted || !compiled || !config) return;
    if (!contextAlive()) return invalidated();
    if (config.sites[adapter.id] === false) {
      state = { kind: 'off' };
      return paint();
    }
    const url = new URL(location.href);
    const result = adapter.readTicket(document, url);
    watch(adapter.observeRoot(document));
    if (!result.ok) {
      state = { kind: 'problem', helpdesk: adapter === generic ? 'generic' : adapter.name, problem: result.problem };
      return paint();
    }
    const { ticket } = result;
    const key = `${adapter.id}:${ticket.id ?? url.pathname}`;
    if (key !== ticketKey) {
      ticketKey = key;
      hidden = new Set();
    }
    const composer = adapter.composer(document);
    const latestCustomer = ticket.messages
      .filter((m) => m.role === 'customer')
      .slice(-2)
      .map((m) => m.text)
      .join('\n');
    const language = latestCustomer ? await detectLanguage(latestCustomer) : undefined;
    if (signal.aborted) return;
    const coaching = analyze(ticket, composer?.readDraft() ?? '', compiled, {
      method: config.method,
      agentLanguage: uiLanguage(),
      language,
      agent: { name: config.agentName },
      hidden,
      suggestionLanguage: panel.agentLanguage ? uiLanguage().split('-')[0] : undefined,
    });
    state = { kind: 'ready', ticket, coaching, composerFound: composer !== null };
    paint();
  }

  const scheduleRun = debounced(() => void run(), MUTATION_DEBOUNCE_MS, signal);
  // A resize drag changes the width on every pointer move; it is stored once the drag rests.
  const persistPanel = debounced(() => void savePanel(adapter.id, panel), PANEL_SAVE_DEBOUNCE_MS, signal);
  const scheduleDraftCheck = debounced(() => void run(), DRAFT_DEBOUNCE_MS, signal);

  /** One observer per tab, moved when the helpdesk replaces its conversation element. */
  function watch(root: Element | null) {
    if (root === observed) return;
    observer.disconnect();
    observed = root;
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  async function insert(text: string) {
    const composer = adapter.composer(document);
    if (!composer) return;
    await composer.insert(text);
    scheduleDraftCheck();
  }

  /**
   * The extension was reloaded or updated under this tab: this script can no longer reach it.
   * Stop observing and say so; a fresh script comes with the next page load.
   */
  function invalidated() {
    observer.disconnect();
    state = { kind: 'invalidated', message: reloadMessage };
    paint();
  }

  // The draft: listen where typing happens, and only look once typing pauses.
  document.addEventListener(
    'input',
    (e) => {
      const composer = adapter.composer(document);
      if (composer && e.target instanceof Node && composer.element.contains(e.target)) scheduleDraftCheck();
    },
    { capture: true, signal },
  );

  // In generic mode the customer's message is whatever the agent selects.
  document.addEventListener('selectionchange', () => adapter === generic && scheduleRun(), { signal });

  // Single-page apps: the Navigation API where there is one, history events otherwise.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', scheduleRun, { signal });
  else {
    addEventListener('popstate', scheduleRun, { signal });
    addEventListener('hashchange', scheduleRun, { signal });
  }

  onConfigChange(() => void reloadConfig(), signal);
  void readPanel(adapter.id).then((stored) => {
    panel = stored;
    paint();
  });
  paint();
  void reloadConfig();

  return {
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
