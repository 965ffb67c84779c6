import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { EffectiveConfig, Prefs } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import { USAGE_EVENTS, USAGE_KEY, type UsageContext, type UsageStore, dayOf, parseStore, toCsv, totals } from '../lib/usage';
import { download } from './download';
import { ruleLabel } from './rule-labels';

const PERIODS = { 7: 'usage7', 30: 'usage30', 0: 'usageAll' } as const;
/** The chart shows the rules shown most; the table below it has them all. */
const CHART_ROWS = 12;

/**
 * Which coaching the team uses: per rule, how often it was shown, used, copied and dismissed
 * as not helpful, on live tickets or in practice. Counts live on this machine only.
 */
export function UsageView({
  config,
  save,
  onReset,
}: {
  config: EffectiveConfig;
  /** The settings page's own save: stores the preference, reloads, says "Saved". */
  save: (update: (prefs: Prefs) => Prefs) => Promise<void>;
  onReset(note: string): void;
}) {
  const [store, setStore] = useState<UsageStore>();
  const [context, setContext] = useState<UsageContext>('live');
  const [period, setPeriod] = useState<7 | 30 | 0>(30);
  useEffect(() => {
    const read = () => browser.storage.local.get(USAGE_KEY).then((s) => setStore(parseStore(s[USAGE_KEY])));
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && USAGE_KEY in changes && void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!store) return null;
  const since = period ? dayOf(new Date(Date.now() - (period - 1) * 86_400_000)) : undefined;
  const rows = totals(store, context, since);
  const lang = [uiLanguage()];
  const packs = config.packs.map((p) => p.pack);
  const max = Math.max(1, ...rows.map((r) => r.counts[0]));
  const locked = config.locked.includes('usageCounts');
  return (
    <div class="usage">
      <label class="check">
        <input
          type="checkbox"
          checked={config.usageCounts}
          disabled={locked}
          onChange={async (e) => {
            const on = (e.target as HTMLInputElement).checked;
            await save((p) => ({ ...p, usageCounts: on }));
          }}
        />
        <span>
          {t('usageCount')}
          {locked && <span class="locked"> {t('lockedByPolicy')}</span>}
        </span>
      </label>
      <div class="toolbar">
        <select
          aria-label={t('usageContext')}
          value={context}
          onChange={(e) => setContext((e.target as HTMLSelectElement).value as UsageContext)}
        >
          <option value="live">{t('usageLive')}</option>
          <option value="practice">{t('usagePractice')}</option>
        </select>
        <select
          aria-label={t('usagePeriod')}
          value={String(period)}
          onChange={(e) => setPeriod(Number((e.target as HTMLSelectElement).value) as 7 | 30 | 0)}
        >
          {Object.entries(PERIODS).map(([days, key]) => (
            <option key={days} value={days}>
              {t(key)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => download(`composure-usage-${context}-${dayOf(new Date())}.csv`, toCsv(store, context, since), 'text/csv')}
        >
          {t('usageCsv')}
        </button>
        <button
          type="button"
          onClick={async () => {
            if (!confirm(t('usageResetConfirm'))) return;
            await browser.storage.local.remove(USAGE_KEY);
            onReset(t('usageResetDone'));
          }}
        >
          {t('usageReset')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p class="empty">{t('usageEmpty')}</p>
      ) : (
        <>
          <div class="chart" aria-hidden="true" data-usage-chart>
            <div class="legend">
              <span class="swatch shown" /> {t('usage_shown')} <span class="swatch used" /> {t('usage_used')} <span class="swatch copied" />{' '}
              {t('usage_copied')} <span class="swatch dismissed" /> {t('usage_dismissed')}
            </div>
            {rows.slice(0, CHART_ROWS).map(({ rule, counts: [shown, used, copied, dismissed] }) => {
              const { kind, label } = ruleLabel(rule, packs, lang);
              return (
                <div class="bar-row" key={rule} title={rule}>
                  <span class="bar-label">
                    <span class="chip">{kind}</span> {label}
                  </span>
                  <span class="bar">
                    <span class="shown" style={{ width: `${(100 * shown) / max}%` }}>
                      <span class="used" style={{ width: `${shown ? (100 * Math.min(used, shown)) / shown : 0}%` }} />
                      <span class="copied" style={{ width: `${shown ? (100 * Math.min(copied, shown)) / shown : 0}%` }} />
                      <span class="dismissed" style={{ width: `${shown ? (100 * Math.min(dismissed, shown)) / shown : 0}%` }} />
                    </span>
                  </span>
                </div>
              );
            })}
          </div>
          <table data-usage-table>
            <caption class="sr-only">{t('usageSection')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('usageRule')}</th>
                {USAGE_EVENTS.map((e) => (
                  <th scope="col" class="num" key={e}>
                    {t(`usage_${e}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ rule, counts }) => {
                const { kind, label } = ruleLabel(rule, packs, lang);
                return (
                  <tr key={rule} data-rule={rule}>
                    <th scope="row">
                      {label}{' '}
                      <span class="muted">
                        · {kind ? `${kind} · ` : ''}
                        {rule}
                      </span>
                    </th>
                    {counts.map((n, i) => (
                      <td class="num" key={USAGE_EVENTS[i]}>
                        {n}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
