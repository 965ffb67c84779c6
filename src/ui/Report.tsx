import { reportText, type SiteReport } from '../engine/site-report';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';

/** "What Composure sees on this page": each selector found or not, messages by role, the reply box. */
export function Report({ report, actions }: { report: SiteReport; actions: SidebarActions }) {
  return (
    <div class="body report" data-report>
      <div class="section-head">
        <h3>{t('reportTitle')}</h3>
        <button type="button" class="link" onClick={actions.closeReport}>
          {t('back')}
        </button>
      </div>
      <p>
        <strong>{report.helpdesk}</strong> · {report.definition}
      </p>
      <p data-report-outcome={report.outcome}>
        {t('reportMessages', [
          String(report.messages.customer),
          String(report.messages.agent),
          String(report.messages.internal),
          String(report.messages.system),
        ])}
      </p>
      <p>{report.composer.found ? t('reportComposer', report.composer.kind ?? '') : t('problem_no_composer')}</p>
      <table class="parts">
        <caption class="sr-only">{t('reportTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportFound')}</th>
            <th scope="col">{t('reportPart')}</th>
          </tr>
        </thead>
        <tbody>
          {report.parts.map((p) => (
            <tr key={p.path} class={p.count ? 'found' : 'missing'}>
              <td>{p.count ? `✓ ${p.count}` : '✗ 0'}</td>
              <td>
                <code>{p.path}</code> <span class="kind">{p.origin}</span>
                <div class="selector">{p.selector}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.warnings.map((w) => (
        <p key={w} class="status">
          {w}
        </p>
      ))}
      <div class="actions">
        <button type="button" class="primary" onClick={() => actions.copy(reportText(report))}>
          {t('copyReport')}
        </button>
        <button type="button" onClick={actions.teach}>
          {t('teachTitle')}
        </button>
      </div>
    </div>
  );
}
