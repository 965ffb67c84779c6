import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { invalidSelectors } from '../adapters/check-selectors';
import type { SiteDefinition } from '../engine/site-schema';
import { validateSiteDefinition } from '../engine/validate';
import { t } from '../lib/i18n';
import { PROPOSED_SITE_KEY, saveTeamSites } from '../lib/team-sites';

interface Proposal {
  host: string;
  definition: unknown;
  summary: Record<string, number | string | null>;
}

/**
 * A definition taught on a page waits here for the lead: what it reads, its JSON, and
 * "Save for the team". The page proposed it; only this page (an extension page) saves it.
 */
export function ProposedSite({ locked, onSaved }: { locked: boolean; onSaved(): void }) {
  const [proposal, setProposal] = useState<Proposal>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    const read = () =>
      void browser.storage.session.get(PROPOSED_SITE_KEY).then((v) => setProposal(v[PROPOSED_SITE_KEY] as Proposal | undefined));
    read();
    browser.storage.session.onChanged?.addListener(read);
    return () => browser.storage.session.onChanged?.removeListener(read);
  }, []);
  if (!proposal)
    return status ? (
      <p role="status" class="saved-note">
        {status}
      </p>
    ) : null;
  const checked = validateSiteDefinition(proposal.definition);
  const errors = checked.ok ? invalidSelectors(checked.site) : checked.errors;
  const def = checked.ok ? checked.site : undefined;
  const n = (k: string) => String(proposal.summary[k] ?? 0);
  const discard = async () => {
    await browser.storage.session.remove(PROPOSED_SITE_KEY);
    setProposal(undefined);
  };
  const save = async (site: SiteDefinition) => {
    await saveTeamSites([site]);
    await browser.storage.session.remove(PROPOSED_SITE_KEY);
    setProposal(undefined);
    setStatus(t('proposalSaved', proposal.host));
    onSaved();
  };
  return (
    <section class="card proposal" aria-labelledby="composure-proposal" data-proposal>
      <h2 id="composure-proposal">{t('proposalTitle', proposal.host)}</h2>
      <p>{t('reportMessages', [n('customer'), n('agent'), n('internal'), n('system')])}</p>
      <p>{proposal.summary.composer ? t('reportComposer', String(proposal.summary.composer)) : t('problem_no_composer')}</p>
      {errors.length > 0 && (
        <ul class="warning" role="alert">
          {errors.map((e) => (
            <li key={e.path + e.message}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {locked && <p class="locked">{t('lockedByPolicy')}</p>}
      <details>
        <summary>{t('proposalJson')}</summary>
        <pre>{JSON.stringify(proposal.definition, null, 2)}</pre>
      </details>
      <div class="actions">
        <button type="button" class="primary" disabled={!def || errors.length > 0 || locked} onClick={() => def && void save(def)}>
          {t('proposalSave')}
        </button>
        <button type="button" onClick={() => void discard()}>
          {t('proposalDiscard')}
        </button>
      </div>
    </section>
  );
}
