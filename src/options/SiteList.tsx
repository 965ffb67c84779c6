import { invalidSelectors } from '../adapters/check-selectors';
import { runSiteExamples } from '../adapters/site-examples';
import type { SiteDefinition } from '../engine/site-schema';
import type { EffectiveConfig } from '../lib/config';
import { t } from '../lib/i18n';
import { TEAM_SITES_PACK, removeTeamSite } from '../lib/team-sites';
import { download } from './download';

/**
 * How Composure reads helpdesk pages beyond its built-in adapters: the team's definitions
 * (taught on a page or imported) and the policy's, each with its examples run here, and the
 * ways to roll one out: export the file, or copy the value for the `siteDefinitions` policy.
 */
export function SiteList({ config, onChanged }: { config: EffectiveConfig; onChanged(): void }) {
  const teamPack = new Set(config.packs.find((p) => p.pack.id === TEAM_SITES_PACK)?.pack.sites?.map((s) => s.id));
  const rows = [
    ...config.siteDefinitions.policy.map((def) => ({ def, origin: 'policy' as const })),
    ...config.siteDefinitions.team.map((def) => ({ def, origin: 'team' as const })),
  ];
  const locked = config.locked.includes('siteDefinitions');
  return (
    <div class="sites">
      <p class="muted">{t('sitesIntro')}</p>
      {locked && <p class="locked">{t('lockedByPolicy')}</p>}
      {rows.length === 0 && <p class="muted">{t('sitesNone')}</p>}
      <ul class="cards">
        {rows.map(({ def, origin }) => (
          <SiteRow
            key={`${origin}:${def.id}`}
            def={def}
            origin={origin}
            removable={origin === 'team' && teamPack.has(def.id) && !locked}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </div>
  );
}

function SiteRow({
  def,
  origin,
  removable,
  onChanged,
}: {
  def: SiteDefinition;
  origin: 'team' | 'policy';
  removable: boolean;
  onChanged(): void;
}) {
  const failures = runSiteExamples(def, (html) => new DOMParser().parseFromString(html, 'text/html'));
  const syntax = invalidSelectors(def);
  const where = def.match ? def.match.hosts.join(', ') : t('sitesEverywhere', def.extends ?? '');
  const json = `${JSON.stringify(def, null, 2)}\n`;
  return (
    <li class="card site" data-site={def.id}>
      <div>
        <strong>{def.name}</strong>{' '}
        <span class="muted">
          {def.id} · {t(`origin_${origin}`)}
        </span>
      </div>
      <div class="muted">{where}</div>
      <div>
        {def.examples?.length
          ? failures.length
            ? t('sitesExamplesFail', [String(failures.length), String(def.examples.length)])
            : t('sitesExamplesPass', String(def.examples.length))
          : t('sitesNoExamples')}
      </div>
      {[...syntax, ...failures.map((f) => ({ path: `examples[${f.example}]`, message: f.message }))].map((e) => (
        <div key={e.path + e.message} class="warning">
          <code>{e.path}</code>: {e.message}
        </div>
      ))}
      <div class="actions">
        <button type="button" onClick={() => download(`${def.id}.site.json`, json)}>
          {t('export')}
        </button>
        <button type="button" onClick={() => void navigator.clipboard.writeText(JSON.stringify(JSON.stringify([def])))}>
          {t('sitesCopyPolicy')}
        </button>
        {removable && (
          <button
            type="button"
            onClick={async () => {
              await removeTeamSite(def.id);
              onChanged();
            }}
          >
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}
