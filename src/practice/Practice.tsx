import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { highlightEvidence } from '../ui/highlight';
import { createAnalyzer } from '../engine/analyze';
import { compilePacks } from '../engine/compile';
import { pick } from '../engine/localize';
import { resolvePacks } from '../engine/resolve';
import { type PlayedTurn, finished, outcomeOf, replyFacts, respond, scenarioTicket } from '../engine/scenario';
import type { EffectiveConfig } from '../lib/config';
import { t, uiLanguage } from '../lib/i18n';
import type { UsageEvent } from '../lib/usage';
import { Sidebar } from '../ui/Sidebar';
import { DEFAULT_PANEL, type PanelState, type SidebarActions, type SidebarState } from '../ui/types';
import { Debrief } from './Debrief';
import { ReplyEditor, type ReplyEditorHandle } from './ReplyEditor';
import { languagesOf, practiceLanguage, scenariosOf, title } from './scenarios';
import { useModelSignals } from '../lib/use-model-signals';

/** The scripted customer "types" this long before the answer appears: a beat to read one's own reply. */
const ANSWER_DELAY_MS = 700;

/**
 * Practice: a scripted customer in a ticket like a helpdesk's, a real editor for the reply, and
 * the same sidebar (engine, packs, suggestions, Insert, draft check) coaching. Send, and the
 * customer answers as the scenario says a reply like that deserves; at the end, a debrief.
 */
export function Practice({ config }: { config: EffectiveConfig }) {
  const listed = useMemo(() => scenariosOf(config), [config]);
  const params = new URLSearchParams(location.search);
  const [selected, setSelected] = useState(() => listed.find((l) => l.scenario.id === params.get('scenario')) ?? listed[0]);
  const [lang, setLang] = useState(() =>
    selected ? practiceLanguage(selected.scenario, [params.get('lang') ?? '', uiLanguage()].filter(Boolean)) : 'en',
  );
  const [played, setPlayed] = useState<PlayedTurn[]>([]);
  const [draft, setDraft] = useState('');
  const [typing, setTyping] = useState(false);
  const [panel, setPanel] = useState<PanelState>(DEFAULT_PANEL);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const used = useRef<string[]>([]);
  const shown = useRef(new Set<string>());
  const editor = useRef<ReplyEditorHandle>(null);
  const thread = useRef<HTMLDivElement>(null);

  const compiled = useMemo(
    () =>
      compilePacks(
        resolvePacks(
          config.packs.map((p) => p.pack),
          config.enabled,
        ).packs,
      ),
    [config],
  );
  const analyze = useMemo(() => createAnalyzer(compiled), [compiled]);
  const onChange = useCallback((text: string) => setDraft(text), []);
  const ticket = selected ? scenarioTicket(selected.scenario, lang, played) : undefined;
  // The scripted customer's anger as the sidebar finds it on a real ticket, model included.
  const modelSignals = useModelSignals(ticket?.messages ?? [], lang);

  if (!selected || !ticket) return <p class="content">{t('practiceNone')}</p>;
  const { scenario } = selected;
  const method = scenario.method ?? config.method;
  const done = finished(scenario, played);
  const coaching = analyze(ticket, done ? '' : draft, {
    modelSignals,
    method,
    language: lang,
    agentLanguage: uiLanguage(),
    hidden,
    agent: { name: config.agentName },
    suggestionLanguage: panel.agentLanguage ? uiLanguage().split('-')[0] : undefined,
  });
  const state: SidebarState = { kind: 'ready', helpdesk: t('practiceTitle'), ticket, coaching, composerFound: !done, practice: true };

  // Practice is counted apart from live tickets, and only when counting is on.
  const count = (rule: string, event: UsageEvent) => {
    if (!config.usageCounts) return;
    void browser.runtime.sendMessage({ type: 'usage', context: 'practice', records: [{ rule, event }] }).catch(() => undefined);
  };
  const key = (r: { pack: string; id: string }) => `${r.pack}/${r.id}`;
  for (const rule of [
    ...coaching.signals.map((s) => key(s.rule)),
    ...coaching.suggestions.map((s) => key(s.rule)),
    ...coaching.draft.warnings.map((w) => key(w.rule)),
  ])
    if (!shown.current.has(rule)) {
      shown.current.add(rule);
      count(rule, 'shown');
    }

  const actions: SidebarActions = {
    insert(text, rule) {
      editor.current?.insert(text);
      if (rule) {
        used.current.push(rule);
        count(rule, 'used');
      }
    },
    copy(text, rule) {
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      if (rule) count(rule, 'copied');
    },
    hide(rule) {
      setHidden(new Set([...hidden, rule]));
      count(rule, 'dismissed');
    },
    highlight: (i) => highlightEvidence(thread.current, state, i),
    openOptions: () => void browser.runtime.openOptionsPage(),
    setPanel: (update) => setPanel({ ...panel, ...update }),
    genericMode() {},
    teach() {},
    showReport() {},
    closeReport() {},
  };

  const restart = (next = selected, nextLang = lang) => {
    setSelected(next);
    setLang(nextLang);
    setPlayed([]);
    setHidden(new Set());
    setDraft('');
    used.current = [];
    shown.current = new Set();
    editor.current?.clear();
  };

  const send = () => {
    if (!draft.trim() || typing || done) return;
    const facts = replyFacts(coaching);
    const turn: PlayedTurn = { reply: draft.trim(), facts, response: respond(scenario, played.length, facts), used: used.current };
    used.current = [];
    editor.current?.clear();
    setDraft('');
    setTyping(true);
    setTimeout(() => {
      setTyping(false);
      setPlayed((p) => [...p, turn]);
    }, ANSWER_DELAY_MS);
  };

  const byPack = new Map<string, typeof listed>();
  for (const l of listed) byPack.set(l.pack.id, [...(byPack.get(l.pack.id) ?? []), l]);
  const uiLang = [uiLanguage()];

  return (
    <div class="practice">
      <header class="topbar">
        <img src="/icons/icon-48.png" alt="" />
        <h1>{t('practiceTitle')}</h1>
        <label class="inline">
          <span>{t('practiceLanguage')}</span>{' '}
          <select value={lang} onChange={(e) => restart(selected, (e.target as HTMLSelectElement).value)} data-practice-language>
            {languagesOf(scenario).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => restart()}>
          {t('practiceRestart')}
        </button>
        <span class="privacy">{t('privacyPromise')}</span>
      </header>
      <nav class="scenarios" aria-label={t('practiceScenarios')}>
        {[...byPack].map(([packId, list]) => (
          <div key={packId}>
            <div class="group-head">{pick(list[0]?.pack.name, uiLang).text}</div>
            <ul>
              {list.map((l) => (
                <li key={`${packId}/${l.scenario.id}`}>
                  <button
                    type="button"
                    class={l === selected ? 'current' : ''}
                    aria-current={l === selected ? 'true' : undefined}
                    data-scenario={l.scenario.id}
                    onClick={() => restart(l, practiceLanguage(l.scenario, [lang, uiLanguage()]))}
                  >
                    {title(l.scenario, uiLang[0] as string)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <main class="ticket-view" lang={lang}>
        <p class="brief" lang={uiLanguage()}>
          <strong>{title(scenario, uiLanguage())}</strong> — {pick(scenario.brief, uiLang).text}
        </p>
        <h2>{ticket.subject}</h2>
        <div class="thread" ref={thread} data-practice-thread>
          {ticket.messages.map((m, i) => {
            const answer = m.role === 'customer' && i >= scenario.thread.length ? played[(i - scenario.thread.length - 1) / 2] : undefined;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages are only ever appended: the position is the message
              <article key={i} class={`message ${m.role}`} data-role={m.role}>
                <div class="who">
                  <strong>
                    {m.role === 'customer' ? scenario.customer.name : m.role === 'agent' ? t('practiceYou') : t('practiceNote')}
                  </strong>
                  {answer && (
                    <span class={`mood ${answer.response.mood}`} data-mood={answer.response.mood}>
                      {t(`practiceMood_${answer.response.mood}`)}
                    </span>
                  )}
                </div>
                <p>{m.text}</p>
              </article>
            );
          })}
          {typing && (
            <p class="typing" role="status">
              {t('practiceTyping', scenario.customer.name)}
            </p>
          )}
        </div>
        {done ? (
          <Debrief
            scenario={scenario}
            lang={lang}
            played={played}
            outcome={outcomeOf(played)}
            compiled={compiled}
            method={method}
            onRestart={() => restart()}
          />
        ) : (
          <div class="composer">
            <ReplyEditor editorRef={editor} label={t('practiceReply')} onChange={onChange} />
            <div class="actions">
              <button type="button" class="primary" disabled={!draft.trim() || typing} onClick={send} data-practice-send>
                {t('practiceSend')}
              </button>
              <span class="muted">{t('practiceTurn', [String(played.length + 1), String(scenario.turns.length)])}</span>
            </div>
          </div>
        )}
      </main>
      <div class="coach">
        <Sidebar state={state} panel={panel} actions={actions} placement="browser" />
      </div>
    </div>
  );
}
