import { t } from '../lib/i18n';
import { DraftWarnings } from './DraftWarnings';
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
}

export function Sidebar({ state, panel, actions }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    // 1–9 insert a suggestion while focus is in the sidebar (not while typing in a field).
    if (state.kind !== 'ready' || !state.composerFound || e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return;
    const suggestion = state.coaching.suggestions[Number(e.key) - 1];
    if (!suggestion) return;
    e.preventDefault();
    actions.insert(suggestion.text);
  };
  return (
    <aside
      class={`panel${panel.collapsed ? ' collapsed' : ''}`}
      // The explicit role keeps the landmark wherever the host element ends up.
      // biome-ignore lint/a11y/noRedundantRoles: role="complementary" is part of the contract
      role="complementary"
      aria-label="Composure"
      style={{ '--width': `${panel.width}px` }}
      onKeyDown={onKeyDown}
    >
      {!panel.collapsed && <ResizeHandle width={panel.width} onResize={(width) => actions.setPanel({ width })} />}
      <header>
        <button
          type="button"
          class="icon"
          onClick={() => actions.setPanel({ collapsed: !panel.collapsed })}
          aria-expanded={!panel.collapsed}
          aria-label={panel.collapsed ? t('expand') : t('collapse')}
        >
          {panel.collapsed ? '‹' : '›'}
        </button>
        {!panel.collapsed && <h2>Composure</h2>}
        {!panel.collapsed && (
          <button type="button" class="icon" onClick={actions.openOptions} aria-label={t('openOptions')}>
            ⚙
          </button>
        )}
      </header>
      {!panel.collapsed && <Body state={state} panel={panel} actions={actions} />}
    </aside>
  );
}

function Body({ state, panel, actions }: Props) {
  if (state.kind === 'reading')
    return (
      <p class="status body" role="status" data-reading>
        {state.ticketId ? t('readingTicket', state.ticketId) : t('reading')}
      </p>
    );
  if (state.kind === 'report') return <Report report={state.report} actions={actions} />;
  if (state.kind === 'off') return <p class="status body">{t('offHere')}</p>;
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
            <button type="button" onClick={actions.useGeneric}>
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
  const who = ticket.requester?.name ?? ticket.requester?.email ?? t('unknownCustomer');
  const otherLanguage = coaching.suggestions.some((s) => !s.lang.startsWith(coaching.language));
  return (
    <>
      <div class="ticket" data-ticket={ticket.id ?? ''}>
        <strong>{who}</strong> {ticket.id ? `#${ticket.id}` : ''}
        <div class="kind">
          {t('messagesRead', String(ticket.messages.length))} · {t('customerLanguage', coaching.language)} ·{' '}
          <button type="button" class="link" onClick={actions.showReport}>
            {t('reportLink')}
          </button>
        </div>
        {state.olderHidden && (
          <div class="kind" data-older-hidden>
            {t('olderHidden')}
          </div>
        )}
        {Boolean(state.unmarked) && (
          <div class="kind" data-unmarked>
            {t('unmarkedAuthors', [String(state.unmarked), state.helpdesk])}
          </div>
        )}
      </div>
      <div class="body">
        <section aria-labelledby="composure-customer">
          <div class="section-head">
            <h3 id="composure-customer">{t('sectionCustomer')}</h3>
            <MoodTrace mood={coaching.mood} />
          </div>
          <SignalList coaching={coaching} ticket={ticket} actions={actions} />
        </section>
        {coaching.method && (
          <section aria-labelledby="composure-next">
            <h3 id="composure-next">{t('sectionNextStep', coaching.method.name)}</h3>
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
          {!composerFound && (
            <p class="status" data-problem="no-composer">
              {t('problem_no_composer')}
            </p>
          )}
          <SuggestionList suggestions={coaching.suggestions} actions={actions} canInsert={composerFound} />
        </section>
        <section aria-labelledby="composure-draft" aria-live="polite">
          <h3 id="composure-draft">{t('sectionDraft')}</h3>
          <DraftWarnings draft={coaching.draft} actions={actions} canInsert={composerFound} />
        </section>
      </div>
    </>
  );
}
