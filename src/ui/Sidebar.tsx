import { t } from '../lib/i18n';
import { DraftWarnings } from './DraftWarnings';
import { FollowUps } from './FollowUps';
import { MethodSteps } from './MethodSteps';
import { MoodTrace } from './MoodTrace';
import { Report } from './Report';
import { ResizeHandle } from './ResizeHandle';
import { SignalList } from './SignalList';
import { SuggestionList } from './SuggestionList';
import type { PanelState, SidebarActions, SidebarState } from './types';

interface Props {
  state: SidebarState;
  panel: PanelState;
  actions: SidebarActions;
  /** In the page (docked, resizable, collapsible) or in the browser's side panel (the whole page). */
  placement?: 'page' | 'browser';
}

export function Sidebar({ state, panel, actions, placement = 'page' }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    // 1–9 insert a suggestion while focus is in the sidebar (not while typing in a field).
    if (state.kind !== 'ready' || (state.practice && !state.composerFound) || e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key))
      return;
    if ((e.target as HTMLElement | null)?.closest?.('input, textarea, [contenteditable]')) return;
    const suggestion = state.coaching.suggestions[Number(e.key) - 1];
    if (!suggestion) return;
    e.preventDefault();
    // A suggestion with blanks to fill opens its fields, as a click on its Insert does.
    if (suggestion.slots?.length) {
      const root = (e.currentTarget as HTMLElement | null)?.querySelectorAll<HTMLButtonElement>('.suggestion button.primary');
      return void root?.[Number(e.key) - 1]?.click();
    }
    actions.insert(suggestion.text, `${suggestion.rule.pack}/${suggestion.rule.id}`);
  };
  const inPage = placement === 'page';
  const collapsed = inPage && panel.collapsed;
  const ready = state.kind === 'ready' ? state : undefined;
  const who = ready ? (ready.ticket.requester?.name ?? ready.ticket.requester?.email ?? t('unknownCustomer')) : undefined;
  return (
    <aside
      class={`panel ${inPage ? 'in-page' : 'in-browser'}${collapsed ? ' collapsed' : ''}`}
      // The explicit role keeps the landmark wherever the host element ends up.
      // biome-ignore lint/a11y/noRedundantRoles: role="complementary" is part of the contract
      role="complementary"
      aria-label="Composure"
      style={inPage ? { '--width': `${panel.width}px` } : undefined}
      onKeyDown={onKeyDown}
    >
      {inPage && !collapsed && <ResizeHandle width={panel.width} onResize={(width) => actions.setPanel({ width })} />}
      <header>
        {inPage && (
          <button
            type="button"
            class="icon"
            onClick={() => actions.setPanel({ collapsed: !panel.collapsed })}
            aria-expanded={!panel.collapsed}
            aria-label={panel.collapsed ? t('expand') : t('collapse')}
            title={panel.collapsed && panel.layoutNotice ? t('layoutStuck') : undefined}
          >
            {panel.collapsed ? '‹' : '›'}
          </button>
        )}
        {!collapsed && <h2>Composure</h2>}
        {!collapsed && (
          <span class="who" data-ticket={ready?.ticket.id ?? ''}>
            {who && <strong>{who}</strong>} {ready?.ticket.id ? `#${ready.ticket.id}` : ''}
          </span>
        )}
        {!collapsed && (
          <button type="button" class="icon" onClick={actions.openOptions} aria-label={t('openOptions')} title={t('openOptions')}>
            ⚙
          </button>
        )}
      </header>
      {!collapsed && panel.layoutNotice && inPage && (
        <p class="layout-notice" role="status" data-layout-notice>
          {t('layoutStuck')}{' '}
          <button type="button" class="link" onClick={() => actions.setPanel({ layoutNotice: false })}>
            {t('layoutStuckOk')}
          </button>
        </p>
      )}
      {!collapsed && <Body state={state} panel={panel} actions={actions} />}
    </aside>
  );
}

function Body({ state, panel, actions }: Props) {
  if (state.kind === 'reading')
    return (
      <p class="status body" role="status" data-reading>
        {state.stalled ? t('analysisStalled') : state.ticketId ? t('readingTicket', state.ticketId) : t('reading')}
      </p>
    );
  if (state.kind === 'report') return <Report report={state.report} actions={actions} />;
  if (state.kind === 'off') return <p class="status body">{t('offHere')}</p>;
  if (state.kind === 'none')
    return (
      <p class="status body" data-no-ticket>
        {t('panelNoTicket')}
      </p>
    );
  if (state.kind === 'invalidated')
    return (
      <p class="status body" role="status">
        {state.message}
      </p>
    );
  if (state.kind === 'problem') {
    return (
      <div class="body" role="status" data-problem={state.problem}>
        <p class="status">
          {state.helpdesk === 'generic' ? t('problem_generic') : t(`problem_${state.problem.replace(/-/g, '_')}`, state.helpdesk)}
        </p>
        <div class="actions">
          {state.helpdesk !== 'generic' && (
            <button type="button" onClick={actions.genericMode}>
              {t('useGeneric')}
            </button>
          )}
          {state.teachable && (
            <button type="button" class="primary" onClick={actions.teach}>
              {t('teachTitle')}
            </button>
          )}
          <button type="button" onClick={actions.showReport}>
            {t('reportTitle')}
          </button>
        </div>
      </div>
    );
  }
  const { ticket, coaching, composerFound } = state;
  // Insert looks the reply box up when pressed, and copies where there is none: only a finished practice ticket takes no more.
  const canInsert = composerFound || !state.practice;
  const otherLanguage = coaching.suggestions.some((s) => !s.lang.startsWith(coaching.language));
  return (
    <>
      <div class="meta">
        {t('messagesRead', String(ticket.messages.length))} · {t('customerLanguage', coaching.language)}
        {!state.practice && (
          <>
            {' · '}
            <button type="button" class="link" onClick={actions.showReport}>
              {t('reportLink')}
            </button>
          </>
        )}
        {state.olderHidden && <div data-older-hidden>{t('olderHidden')}</div>}
        {state.unmarked && (
          <div data-unmarked={state.unmarked.readAs}>
            {t(`unmarked_${state.unmarked.readAs}`, [String(state.unmarked.count), state.helpdesk])}
          </div>
        )}
      </div>
      <div class="body">
        {state.followUps && <FollowUps followUps={state.followUps} ticket={ticket} onDismiss={actions.dismissFollowUp} />}
        <section aria-labelledby="composure-customer">
          <div class="section-head">
            <h3 id="composure-customer">{t('sectionCustomer')}</h3>
            <MoodTrace mood={coaching.mood} />
          </div>
          <SignalList coaching={coaching} ticket={ticket} actions={actions} />
        </section>
        {coaching.method && (
          <section aria-labelledby="composure-next">
            <div class="section-head">
              <h3 id="composure-next">{t('sectionNextStep', coaching.method.name)}</h3>
            </div>
            <MethodSteps method={coaching.method} />
          </section>
        )}
        <section aria-labelledby="composure-suggestions">
          <div class="section-head">
            <h3 id="composure-suggestions">{t('sectionSuggestions')}</h3>
            {(otherLanguage || panel.agentLanguage || coaching.language !== 'en') && (
              <button
                type="button"
                class="link"
                aria-pressed={panel.agentLanguage}
                onClick={() => actions.setPanel({ agentLanguage: !panel.agentLanguage })}
              >
                {panel.agentLanguage ? t('inCustomerLanguage') : t('inMyLanguage')}
              </button>
            )}
          </div>
          {(state.copied || (!composerFound && !state.practice)) && (
            <p class="status" role="status" data-problem={state.copied ? 'copied' : 'no-composer'}>
              {t(state.copied ? 'insertCopied' : 'problem_no_composer')}
            </p>
          )}
          <SuggestionList suggestions={coaching.suggestions} actions={actions} canInsert={canInsert} />
        </section>
      </div>
      {/* At the bottom, next to where the agent types; announced as it changes. */}
      <section class="draft" aria-labelledby="composure-draft" aria-live="polite">
        <DraftWarnings draft={coaching.draft} actions={actions} canInsert={canInsert} />
      </section>
    </>
  );
}
