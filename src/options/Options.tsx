import { useCallback, useEffect, useState } from 'preact/hooks';
import { HELPDESKS } from '../adapters/registry';
import { pick } from '../engine/localize';
import type { Pack } from '../engine/pack-schema';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { loadConfig, readDrafts, readTeamPacks } from '../lib/checked-storage';
import { savePrefs, saveTeamPacks } from '../lib/storage';
import { BUNDLED_PACKS } from '../packs';
import { ImportExport } from './ImportExport';
import { PackEditor } from './PackEditor';
import { PackList } from './PackList';
import { ProposedSite } from './ProposedSite';
import { SiteList } from './SiteList';
import { SuggestionReview } from './SuggestionReview';
import { UI_LANGUAGES, publishUiLanguage } from './ui-language';
import { UsageView } from './UsageView';
import { FollowUpSettings } from './FollowUpSettings';
import browser from 'webextension-polyfill';

const SAVED_NOTE_MS = 4_000;

/** The team lead's and agent's settings. Changes reach open tickets live via storage.onChanged. */
export function Options() {
  const [config, setConfig] = useState<EffectiveConfig>();
  const [drafts, setDrafts] = useState<Pack[]>([]);
  const [editing, setEditing] = useState<{ pack: Pack; isNew: boolean }>();
  const [saved, setSaved] = useState('');
  // The "Saved" note goes after a few seconds; the next change brings it back.
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(''), SAVED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [saved]);
  const refresh = useCallback(async () => {
    const [c, d] = await Promise.all([loadConfig(BUNDLED_PACKS, () => void refresh()), readDrafts()]);
    setConfig(c);
    setDrafts(d);
  }, []);
  useEffect(() => void refresh(), [refresh]);
  if (!config) return <p>{t('reading')}</p>;
  const lang = [uiLanguage()];
  const methods = config.packs.filter((p) => p.enabled).flatMap((p) => p.pack.methods ?? []);
  // Show the change at once, then store it; storage.onChanged carries it to open tickets.
  const save = async (update: Parameters<typeof savePrefs>[0], optimistic?: (c: EffectiveConfig) => EffectiveConfig) => {
    if (optimistic) setConfig(optimistic(config));
    await savePrefs(update);
    await refresh();
    setSaved(t('saved'));
  };
  const savePack = async (pack: Pack, asDraft: boolean) => {
    const team = (await readTeamPacks()).packs.filter((p) => p.id !== pack.id);
    const otherDrafts = drafts.filter((p) => p.id !== pack.id);
    if (BUNDLED_PACKS.some((p) => p.id === pack.id)) throw new Error(t('importBundledId', pack.id));
    await saveTeamPacks(asDraft ? team : [...team, pack], asDraft ? [...otherDrafts, pack] : otherDrafts);
    // A new team pack is switched on for this agent at once; the lead rolls it out by policy.
    if (!asDraft) await savePrefs((p) => ({ ...p, packs: { ...p.packs, [pack.id]: p.packs[pack.id] ?? true } }));
    setEditing(undefined);
    await refresh();
    setSaved(asDraft ? t('savedDraft', pack.id) : t('savedPack', pack.id));
  };
  const deletePack = async (id: string) => {
    const team = (await readTeamPacks()).packs.filter((p) => p.id !== id);
    await saveTeamPacks(team);
    await refresh();
  };
  const lockedNote = (key: string) => config.locked.includes(key) && <span class="locked"> {t('lockedByPolicy')}</span>;
  const sections: [string, string][] = [
    ['agent', t('agentSection')],
    ['helpdesks', t('helpdesksSection')],
    ['packs', t('packsSection')],
    ['review', t('reviewSection')],
    ['sites', t('sitesSection')],
    ['rollout', t('importExportSection')],
    ['practice', t('practiceSection')],
    ['follow-ups', t('followUpsHeading')],
    ['usage', t('usageSection')],
  ];
  return (
    <div class="settings">
      <header class="topbar">
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('optionsTitle')}</h1>
        <span class="privacy">{t('privacyPromise')}</span>
      </header>
      <nav class="sidenav" aria-label={t('optionsTitle')}>
        <ul>
          {sections.map(([id, name]) => (
            <li key={id}>
              <a href={`#${id}`}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content">
        <ProposedSite locked={config.locked.includes('siteDefinitions')} onSaved={() => void refresh()} />
        {config.warnings.map((w) => (
          <p class="warning" role="alert" key={w}>
            {w}
          </p>
        ))}
        <section class="card" id="agent" aria-labelledby="agent-title">
          <h2 id="agent-title">{t('agentSection')}</h2>
          <div class="form-grid">
            <label>
              <span>{t('agentName')}</span>
              <input
                type="text"
                name="agentName"
                value={config.agentName ?? ''}
                disabled={config.locked.includes('agentName')}
                onChange={(e) => save((p) => ({ ...p, agentName: (e.target as HTMLInputElement).value.trim() || undefined }))}
              />
              {lockedNote('agentName')}
            </label>
            <label>
              <span>{t('method')}</span>
              <select
                name="method"
                value={config.method ?? methods[0]?.id}
                disabled={config.locked.includes('method')}
                onChange={(e) => {
                  const method = (e.target as HTMLSelectElement).value;
                  void save(
                    (p) => ({ ...p, method }),
                    (c) => ({ ...c, method }),
                  );
                }}
              >
                {methods.map((m) => (
                  <option key={m.id} value={m.id}>
                    {pick(m.name, lang).text}
                  </option>
                ))}
              </select>
              {lockedNote('method')}
            </label>
            <label>
              <span>{t('uiLanguage')}</span>
              <select
                name="uiLanguage"
                value={config.uiLanguage ?? ''}
                disabled={config.locked.includes('uiLanguage')}
                onChange={async (e) => {
                  const lang = (e.target as HTMLSelectElement).value || undefined;
                  await publishUiLanguage(lang);
                  await save((p) => ({ ...p, uiLanguage: lang }));
                }}
              >
                <option value="">{t('browserLanguage')}</option>
                {Object.entries(UI_LANGUAGES).map(([code, { name }]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
              {lockedNote('uiLanguage')}
            </label>
            <label>
              <span>{t('placement')}</span>
              <select
                name="placement"
                value={config.placement}
                disabled={config.locked.includes('placement')}
                onChange={(e) => {
                  const placement = (e.target as HTMLSelectElement).value === 'browser' ? 'browser' : 'page';
                  void save(
                    (p) => ({ ...p, placement }),
                    (c) => ({ ...c, placement }),
                  );
                }}
              >
                <option value="page">{t('placementPage')}</option>
                <option value="browser">{t('placementBrowser')}</option>
              </select>
              {lockedNote('placement')}
            </label>
          </div>
        </section>
        <section class="card" id="helpdesks" aria-labelledby="helpdesks-title">
          <h2 id="helpdesks-title">{t('helpdesksSection')}</h2>
          <fieldset class="toggles">
            <legend class="sr-only">{t('helpdesksSection')}</legend>
            {HELPDESKS.map((a) => (
              <label key={a.id}>
                <input
                  type="checkbox"
                  checked={config.sites[a.id] !== false}
                  disabled={config.locked.includes('sites')}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    void save(
                      (p) => ({ ...p, sites: { ...p.sites, [a.id]: on } }),
                      (c) => ({ ...c, sites: { ...c.sites, [a.id]: on } }),
                    );
                  }}
                />
                {a.name}
              </label>
            ))}
          </fieldset>
          {lockedNote('sites')}
          <label class="check">
            <input
              type="checkbox"
              data-hold-send
              checked={config.holdSend}
              disabled={config.locked.includes('holdSend')}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                void save(
                  (p) => ({ ...p, holdSend: on }),
                  (c) => ({ ...c, holdSend: on }),
                );
              }}
            />
            <span>{t('optionGuardHold')}</span>
          </label>
          {lockedNote('holdSend')}
        </section>
        <section class="card" id="packs" aria-labelledby="packs-title">
          <h2 id="packs-title">{t('packsSection')}</h2>
          {editing ? (
            <PackEditor
              pack={editing.pack}
              installed={config.packs.map((p) => p.pack)}
              enabled={config.enabled}
              method={config.method}
              onSave={savePack}
              onCancel={() => setEditing(undefined)}
            />
          ) : (
            <PackList
              config={config}
              drafts={drafts}
              onEdit={(pack, isNew) => setEditing({ pack, isNew })}
              onDelete={(id) => void deletePack(id)}
              onToggle={(id, on) =>
                void save(
                  (p) => ({ ...p, packs: { ...p.packs, [id]: on } }),
                  (c) => ({ ...c, packs: c.packs.map((x) => (x.pack.id === id ? { ...x, enabled: on } : x)) }),
                )
              }
            />
          )}
        </section>
        <section class="card" id="review" aria-labelledby="review-title">
          <h2 id="review-title">{t('reviewSection')}</h2>
          <p class="muted">{t('reviewIntro')}</p>
          <SuggestionReview
            config={config}
            onEdit={(pack) => {
              setEditing({ pack, isNew: false });
              document.getElementById('packs')?.scrollIntoView();
            }}
          />
        </section>
        <section class="card" id="sites" aria-labelledby="sites-title">
          <h2 id="sites-title">{t('sitesSection')}</h2>
          <SiteList config={config} onChanged={() => void refresh()} />
        </section>
        <section class="card" id="rollout" aria-labelledby="rollout-title">
          <h2 id="rollout-title">{t('importExportSection')}</h2>
          <ImportExport bundledIds={BUNDLED_PACKS.map((p) => p.id)} onChanged={() => void refresh()} />
        </section>
        <section class="card" id="practice" aria-labelledby="practice-title">
          <h2 id="practice-title">{t('practiceSection')}</h2>
          <p class="muted">{t('practiceIntro')}</p>
          <a class="button-link" href={browser.runtime.getURL('src/practice/index.html')} target="_blank" rel="noreferrer">
            {t('openPractice')}
          </a>
        </section>
        <section class="card" id="follow-ups" aria-labelledby="follow-ups-title">
          <h2 id="follow-ups-title">{t('followUpsHeading')}</h2>
          <FollowUpSettings config={config} save={save} />
        </section>
        <section class="card" id="usage" aria-labelledby="usage-title">
          <h2 id="usage-title">{t('usageSection')}</h2>
          <p class="muted">{t('usageIntro')}</p>
          <UsageView
            config={config}
            save={save}
            onReset={(note) => {
              void refresh();
              setSaved(note);
            }}
          />
        </section>
      </main>
      <p role="status" class="toast" data-saved>
        {saved}
      </p>
    </div>
  );
}
