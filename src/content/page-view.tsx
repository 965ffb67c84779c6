import { render } from 'preact';
import type { Runtime } from 'webextension-polyfill';
import { generic } from '../adapters/generic';
import type { Adapter } from '../adapters/types';
import type { EffectiveConfig } from '../lib/config';
import { t } from '../lib/i18n';
import { loadTabConfig, onConfigChange } from '../lib/storage';
import { Sidebar } from '../ui/Sidebar';
import type { TabStatus } from '../ui/tab-status';
import { DEFAULT_PANEL } from '../ui/types';
import { createCoaching } from './coaching';
import { type PageContext, viewStats } from './context';
import { createFollowUps } from './follow-ups';
import type { Mounted } from './mount';
import { followNavigation } from './navigation';
import { createPanelPorts } from './panel-port';
import { readPanel } from './panel-state';
import { createReading } from './reading';
import { COLLAPSED_WIDTH, createRoom } from './room';
import { holdSend } from './send-hold';
import { createActions } from './sidebar-actions';
import { chooseAdapter } from './sites';
import { createTyping } from './typing';
import { createUsageRecorder } from './usage-recorder';
import type { View } from './view';

/**
 * How long the first paint waits for the coaching: with a running worker it comes within a few
 * frames, and the sidebar is rendered and laid out once, with it. A worker still starting leaves
 * the compact "reading" sidebar on screen after this.
 */
const FIRST_PAINT_WAIT_MS = 150;

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
 * One page view of a helpdesk, put together from its parts — reading (reading.ts), coaching from
 * the analysis service (coaching.ts), typing (typing.ts), navigation, the side-panel port, room in the page — each
 * taking the view's context. When the context ends everything stops; after an extension update
 * the sidebar says "reload this tab" once and the script does nothing more.
 */
export function startPageView(ctx: PageContext, initial: Adapter, firstConfig: EffectiveConfig, mounted: Mounted): PageView {
  // Resolved now: once the extension is updated under this tab, its i18n no longer answers.
  const reloadMessage = t('reloadTab');
  const view: View = {
    ctx,
    adapter: initial,
    config: firstConfig,
    state: { kind: 'reading', helpdesk: initial.name },
    panel: DEFAULT_PANEL,
    hidden: new Set(),
    shownKey: '',
    composer: null,
    followUps: [],
    paint,
  };
  const usage = createUsageRecorder(() => view.config.usageCounts, ctx.signal);
  const followUps = createFollowUps(view);
  const coaching = createCoaching(view, usage, followUps);
  const typing = createTyping(view, () => coaching.coach());
  const reading = createReading(view, coaching, followUps, typing.listen);
  const actions = createActions(view, { coaching, reading, usage, afterInsert: typing.pause });
  const ports = createPanelPorts(view, actions);
  const room = createRoom(view);
  holdSend(view);
  // The first paint waits, FIRST_PAINT_WAIT_MS at most, for the stored panel and the coaching: one
  // render and one layout of the page instead of "reading" and then the coaching a frame later.
  let held = true;
  let panelRead = false;
  const firstPaintDue = setTimeout(() => {
    held = false;
    paint();
  }, FIRST_PAINT_WAIT_MS);

  function paint() {
    if (!ctx.alive()) return;
    if (held) {
      if (!panelRead || view.state.kind === 'reading') return;
      held = false;
      clearTimeout(firstPaintDue);
    }
    viewStats().paints++;
    // One sidebar at a time: in the browser's side panel when the agent chose it or opened it.
    const elsewhere = view.config.placement === 'browser' || ports.connected();
    const { state, panel } = view;
    render(elsewhere ? null : <Sidebar state={state} panel={panel} actions={actions} />, mounted.root);
    room.make(elsewhere ? 0 : panel.collapsed ? COLLAPSED_WIDTH : panel.width);
    ports.broadcast();
  }

  async function applyConfig(next: EffectiveConfig) {
    view.config = next;
    // A definition the lead just taught or pushed may change how this page is read.
    if (view.adapter !== generic) view.adapter = (await chooseAdapter(new URL(location.href), next)) ?? view.adapter;
    await reading.read();
  }

  ctx.onEnd((reason) => {
    clearTimeout(firstPaintDue);
    if (reason === 'unmount') return mounted.unmount();
    // Orphaned by an update: said once, in words resolved while i18n still answered.
    render(<Sidebar state={{ kind: 'invalidated', message: reloadMessage }} panel={view.panel} actions={actions} />, mounted.root);
  });

  typing.listen(document);
  // In generic mode the customer's message is whatever the agent selects.
  document.addEventListener('selectionchange', () => view.adapter === generic && reading.schedule(), { signal: ctx.signal });
  followNavigation(ctx, reading.onNavigation);
  onConfigChange(() => void loadTabConfig().then(applyConfig), ctx.signal, 'tab');
  void readPanel(initial.id).then((stored) => {
    // The page may already have refused to make room: the panel stays collapsed, saying why.
    view.panel = view.panel.layoutNotice ? { ...stored, collapsed: true, layoutNotice: true } : stored;
    panelRead = true;
    paint();
  });
  // The adapter was chosen with this configuration: the first read needs no second choice.
  void reading.read();

  return {
    adapter: () => view.adapter,
    config: () => view.config,
    connectPanel: ports.connect,
    status: () => statusOf(view),
    toggle: () => actions.setPanel({ collapsed: !view.panel.collapsed }),
    focus() {
      if (view.panel.collapsed) actions.setPanel({ collapsed: false });
      // The first suggestion's Insert when there is one, else the first control.
      const target =
        mounted.root.querySelector<HTMLElement>('.suggestion button.primary:not([disabled])') ??
        mounted.root.querySelector<HTMLElement>('header button');
      target?.focus();
    },
  };
}

/** What the popup shows of a tab: names and counts, never the ticket's text. */
function statusOf({ adapter, state, panel, config }: View): TabStatus {
  const ready = state.kind === 'ready' ? state : undefined;
  return {
    helpdesk: adapter.name,
    state: state.kind,
    ticketId: ready?.ticket.id,
    requester: ready ? (ready.ticket.requester?.name ?? ready.ticket.requester?.email) : undefined,
    messages: ready?.ticket.messages.length,
    signals: ready?.coaching.signals.slice(0, 3).map((s) => s.id),
    composerFound: ready?.composerFound,
    collapsed: panel.collapsed,
    placement: config.placement,
  };
}
