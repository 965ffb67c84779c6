import { useMemo, useState } from 'preact/hooks';
import { compilePacks } from '../engine/compile';
import { invalidSelectors } from '../adapters/check-selectors';
import { runSiteExamples } from '../adapters/site-examples';
import { runExamples, runRehearsals } from '../engine/examples';
import { formatPack } from '../engine/format';
import { type Pack, SUGGESTION_KINDS } from '../engine/pack-schema';
import { flattenPack, resolvePacks } from '../engine/resolve';
import { LANGUAGES, SIGNAL_IDS } from '../engine/types';
import { validatePack } from '../engine/validate';
import { t } from '../lib/i18n';
import { ScenarioBench } from './ScenarioBench';
import { TestBench } from './TestBench';

interface Props {
  pack: Pack;
  /** Every installed pack, for `extends` and for the examples' context. */
  installed: Pack[];
  /** The packs on now: the test bench coaches with them plus this one. */
  enabled: string[];
  method?: string;
  onSave(pack: Pack, asDraft: boolean): Promise<void>;
  onCancel(): void;
}

/** Edit a pack: the common things in a form, anything as JSON, checked as you type. */
export function PackEditor({ pack, installed, enabled, method, onSave, onCancel }: Props) {
  const [json, setJson] = useState(formatPack(pack));
  const [error, setError] = useState('');
  const parsed = useMemo(() => {
    try {
      return { value: JSON.parse(json) as unknown };
    } catch (e) {
      return { syntax: (e as Error).message };
    }
  }, [json]);
  const result = 'value' in parsed ? validatePack(parsed.value) : undefined;
  const valid = result?.ok ? result.pack : undefined;
  const others = installed.filter((p) => p.id !== valid?.id);
  const byId = new Map([...others, ...(valid ? [valid] : [])].map((p) => [p.id, p]));
  let flat: Pack | undefined;
  let flattenError = '';
  try {
    flat = valid ? flattenPack(valid, byId) : undefined;
  } catch (e) {
    flattenError = (e as Error).message;
  }
  const context = others.filter((p) => p.defaultEnabled);
  // Site definitions' examples run here too: each small page read with the definition, in an inert document.
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const failures = [
    ...(valid && flat ? runExamples({ ...flat, examples: valid.examples }, context) : []),
    ...(valid && flat ? runRehearsals({ ...flat, scenarios: valid.scenarios }, context) : []),
    ...(valid?.sites ?? []).flatMap((site) => [
      ...invalidSelectors(site).map((e) => ({ example: -1, message: `${e.path}: ${e.message}` })),
      ...runSiteExamples(site, parse).map((f) => ({
        example: f.example,
        message: `sites.${f.site} example ${f.example + 1}: ${f.message}`,
      })),
    ]),
  ];
  // Compiled on each change (~10 ms): the bench shows the pack exactly as it would coach.
  const compiled = compilePacks(
    resolvePacks([...others, ...(valid ? [valid] : [])], [...enabled.filter((id) => id !== valid?.id), ...(valid ? [valid.id] : [])]).packs,
  );
  const edit = (change: (p: Pack) => void) => {
    if (!valid) return;
    const copy = structuredClone(valid);
    change(copy);
    setJson(formatPack(copy));
  };
  const save = async (asDraft: boolean) => {
    if (!valid) return;
    setError('');
    try {
      await onSave(valid, asDraft);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section class="editor" aria-labelledby="editor-title">
      <h2 id="editor-title">{t('editingPack', valid?.id ?? pack.id)}</h2>
      <div class="editor-grid">
        <div>
          <QuickAdd onAdd={edit} sourceOf={valid?.source ?? ''} />
          <label>
            {t('extendsLabel')}{' '}
            <select
              value={valid?.extends ?? ''}
              disabled={!valid}
              onChange={(e) =>
                edit((p) => {
                  const parent = (e.target as HTMLSelectElement).value;
                  if (parent) p.extends = parent;
                  else delete p.extends;
                })
              }
            >
              <option value="">—</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('rawJson')}
            <textarea
              class="json"
              rows={18}
              spellcheck={false}
              value={json}
              onInput={(e) => setJson((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <ul class="errors" role="status" data-errors>
            {'syntax' in parsed && <li>{t('jsonSyntax', parsed.syntax ?? '')}</li>}
            {result &&
              !result.ok &&
              result.errors.map((e) => (
                <li key={`${e.path}${e.message}`}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            {flattenError && <li>{flattenError}</li>}
          </ul>
          <p data-examples>
            {valid &&
              (failures.length ? t('examplesFailing', String(failures.length)) : t('examplesPassing', String(valid.examples?.length ?? 0)))}
          </p>
          <ul class="errors">
            {failures.map((f) => (
              <li key={`${f.example}${f.message}`}>{f.message}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="primary" disabled={!valid || !!flattenError || failures.length > 0} onClick={() => save(false)}>
              {t('savePack')}
            </button>
            <button type="button" disabled={!valid} onClick={() => save(true)}>
              {t('saveDraft')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
          {error && (
            <p role="alert" class="warning">
              {error}
            </p>
          )}
        </div>
        <div>
          <h3>{t('testBench')}</h3>
          <TestBench compiled={compiled} method={method} />
          {(valid?.scenarios?.length ?? 0) > 0 && (
            <>
              <h3>{t('benchScenarioTitle')}</h3>
              <ScenarioBench scenarios={valid?.scenarios ?? []} compiled={compiled} method={method} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** The common additions, without writing JSON: a signal's phrases, a suggestion, a draft check. */
function QuickAdd({ onAdd, sourceOf }: { onAdd(change: (p: Pack) => void): void; sourceOf: string }) {
  const [kind, setKind] = useState<'signal' | 'suggestion' | 'check' | 'scenario'>('suggestion');
  const [customer, setCustomer] = useState('');
  const [lang, setLang] = useState('en');
  const [signal, setSignal] = useState<string>('anger');
  const [suggestionKind, setSuggestionKind] = useState<string>('apology');
  const [steps, setSteps] = useState('');
  const [text, setText] = useState('');
  const [why, setWhy] = useState('');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const nextId = (prefix: string, list: { id: string }[] = []) => {
    let n = list.length + 1;
    while (list.some((r) => r.id === `${prefix}-${n}`)) n++;
    return `${prefix}-${n}`;
  };
  const add = () => {
    onAdd((p) => {
      if (!p.languages.includes(lang)) p.languages.push(lang);
      if (kind === 'signal') {
        p.signals = [
          ...(p.signals ?? []),
          {
            id: nextId(`team-${signal}`, p.signals),
            signal: signal as (typeof SIGNAL_IDS)[number],
            weight: 0.8,
            source: sourceOf,
            phrases: { [lang]: lines },
          },
        ];
      } else if (kind === 'suggestion') {
        const stepList = steps
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        p.suggestions = [
          ...(p.suggestions ?? []),
          {
            id: nextId(`team-${suggestionKind}`, p.suggestions),
            kind: suggestionKind as (typeof SUGGESTION_KINDS)[number],
            source: sourceOf,
            text: { [lang]: text.trim() },
            ...(stepList.length ? { steps: stepList } : {}),
            ...(signal ? { signals: [signal as (typeof SIGNAL_IDS)[number]] } : {}),
          },
        ];
      } else if (kind === 'scenario') {
        // A two-turn start, in the method's terms: apologise and understand first, then a
        // follow-up with a time. The lead rewrites the answers in the JSON.
        const title = why.trim() || t('scenarioNew');
        p.scenarios = [
          ...(p.scenarios ?? []),
          {
            id: nextId('team-scenario', p.scenarios),
            title: { [lang]: title },
            brief: { [lang]: t('scenarioDefaultBrief') },
            source: sourceOf,
            method: 'help',
            customer: { name: customer.trim() || t('unknownCustomer') },
            subject: { [lang]: title },
            thread: [{ role: 'customer', text: { [lang]: text.trim() } }],
            turns: [
              {
                expect: ['empathize'],
                responses: [
                  {
                    when: { steps: ['empathize'], avoided: ['no-apology-to-upset-customer'] },
                    mood: 'calmer',
                    say: { [lang]: t('scenarioDefaultCalmer') },
                  },
                  { mood: 'angrier', say: { [lang]: t('scenarioDefaultAngrier') } },
                ],
              },
              {
                expect: ['provide'],
                responses: [
                  {
                    when: { steps: ['provide'], avoided: ['promise-without-time'] },
                    mood: 'calmer',
                    say: { [lang]: t('scenarioDefaultResolved') },
                    end: 'resolved',
                  },
                  { mood: 'angrier', say: { [lang]: t('scenarioDefaultEscalated') }, end: 'escalated' },
                ],
              },
            ],
          },
        ];
      } else {
        p.draftChecks = [
          ...(p.draftChecks ?? []),
          {
            id: nextId('team-check', p.draftChecks),
            source: sourceOf,
            find: { phrases: { [lang]: lines } },
            why: { [lang]: why.trim() || 'Avoid this wording.' },
          },
        ];
      }
    });
    setText('');
    setWhy('');
  };
  return (
    <fieldset class="quick-add">
      <legend>{t('quickAdd')}</legend>
      <label>
        {t('quickAddWhat')}{' '}
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as typeof kind)}>
          <option value="suggestion">{t('quickSuggestion')}</option>
          <option value="signal">{t('quickSignal')}</option>
          <option value="check">{t('quickCheck')}</option>
          <option value="scenario">{t('quickScenario')}</option>
        </select>
      </label>
      <label>
        {t('quickLanguage')}{' '}
        <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {kind === 'scenario' && (
        <>
          <label>
            {t('quickScenarioTitle')} <input type="text" value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            {t('quickScenarioCustomer')}{' '}
            <input type="text" value={customer} onInput={(e) => setCustomer((e.target as HTMLInputElement).value)} />
          </label>
        </>
      )}
      {(kind === 'signal' || kind === 'suggestion') && (
        <label>
          {t('quickForSignal')}{' '}
          <select value={signal} onChange={(e) => setSignal((e.target as HTMLSelectElement).value)}>
            {kind === 'suggestion' && <option value="">—</option>}
            {SIGNAL_IDS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'suggestion' && (
        <>
          <label>
            {t('quickKind')}{' '}
            <select value={suggestionKind} onChange={(e) => setSuggestionKind((e.target as HTMLSelectElement).value)}>
              {SUGGESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('quickSteps')}{' '}
            <input
              type="text"
              value={steps}
              placeholder="help/empathize, asap/apologise"
              onInput={(e) => setSteps((e.target as HTMLInputElement).value)}
            />
          </label>
        </>
      )}
      <label>
        {kind === 'suggestion' ? t('quickText') : kind === 'scenario' ? t('quickScenarioMessage') : t('quickPhrases')}
        <textarea rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      {kind === 'check' && (
        <label>
          {t('quickWhy')} <input type="text" value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} />
        </label>
      )}
      <button type="button" disabled={!lines.length} onClick={add}>
        {t('quickAddButton')}
      </button>
    </fieldset>
  );
}
