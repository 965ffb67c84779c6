import { t } from '../lib/i18n';
import { DraftWarnings } from './DraftWarnings';
import { MethodSteps } from './MethodSteps';
import { SignalList } from './SignalList';
import { SuggestionList } from './SuggestionList';
import type { SidebarActions, SidebarState } from './types';

export function Sidebar({ state, actions, collapsed }: { state: SidebarState; actions: SidebarActions; collapsed: boolean }) {
  return (
    // The explicit role keeps the landmark when the element sits inside other sectioning content.
    // biome-ignore lint/a11y/noRedundantRoles: role="complementary" is part of the contract
    <aside class={`panel${collapsed ? ' collapsed' : ''}`} role="complementary" aria-label="Composure">
      <header>
        <button type="button" onClick={actions.toggle} aria-expanded={!collapsed} aria-label={collapsed ? t('expand') : t('collapse')}>
          {collapsed ? '‹' : '›'}
        </button>
        {!collapsed && <h2>Composure</h2>}
        {!collapsed && (
          <button type="button" onClick={actions.openOptions} aria-label={t('openOptions')}>
            ⚙
          </button>
        )}
      </header>
      {!collapsed && <Body state={state} actions={actions} />}
    </aside>
  );
}

function Body({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  if (state.kind === 'reading') return <p class="status body">{t('reading')}</p>;
  if (state.kind === 'off') return <p class="status body">{t('offHere')}</p>;
  if (state.kind === 'problem') {
    return (
      <p class="status body" role="status" data-problem={state.problem}>
        {t(`problem_${state.problem.replace(/-/g, '_')}`, state.helpdesk)}
      </p>
    );
  }
  const { ticket, coaching, composerFound } = state;
  const who = ticket.requester?.name ?? ticket.requester?.email ?? t('unknownCustomer');
  return (
    <>
      <div class="ticket" data-ticket={ticket.id ?? ''}>
        {t('coaching', [who, ticket.id ? `#${ticket.id}` : ''])} · {t('messagesRead', String(ticket.messages.length))} · {coaching.language}
      </div>
      <div class="body">
        <section aria-labelledby="composure-customer">
          <h3 id="composure-customer">{t('sectionCustomer')}</h3>
          <SignalList coaching={coaching} ticket={ticket} actions={actions} />
        </section>
        {coaching.method && (
          <section aria-labelledby="composure-next">
            <h3 id="composure-next">{t('sectionNextStep', coaching.method.name)}</h3>
            <MethodSteps method={coaching.method} />
          </section>
        )}
        <section aria-labelledby="composure-suggestions">
          <h3 id="composure-suggestions">{t('sectionSuggestions')}</h3>
          {!composerFound && (
            <p class="status" data-problem="no-composer">
              {t('problem_no_composer')}
            </p>
          )}
          <SuggestionList suggestions={coaching.suggestions} actions={actions} canInsert={composerFound} />
        </section>
        <section aria-labelledby="composure-draft">
          <h3 id="composure-draft">{t('sectionDraft')}</h3>
          <DraftWarnings draft={coaching.draft} actions={actions} canInsert={composerFound} />
        </section>
      </div>
    </>
  );
}
