import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '../engine/types';
import { t } from '../lib/i18n';
import type { Derived, Samples } from './derive';
import { type Picker, startPicker } from './picker';

export const STEPS = ['customer', 'agent', 'note', 'composer'] as const;
type Step = (typeof STEPS)[number];

export interface Preview {
  messages: { role: Role; text: string }[];
  composer?: string;
  problem?: string;
}

interface Props {
  host: Element;
  derive(samples: Samples): { derived: Derived; preview: Preview };
  save(derived: Derived, preview: Preview): Promise<string | undefined>;
  close(): void;
}

/**
 * "Teach Composure this page": click one customer message, then optionally an agent reply, an
 * internal note and the reply box; see what Composure would read; save it for the team.
 */
export function Teach({ host, derive, save, close }: Props) {
  const [step, setStep] = useState(0);
  const [samples, setSamples] = useState<Partial<Samples>>({});
  const [result, setResult] = useState<{ derived: Derived; preview: Preview }>();
  const [status, setStatus] = useState('');
  // The panel sits at the top, and moves to the bottom while the outline is under it.
  const [place, setPlace] = useState<'top' | 'bottom'>('top');
  const outline = useRef<HTMLDivElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const picker = useRef<Picker | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  const current: Step | undefined = STEPS[step];
  const pick = (el: Element) => {
    if (!current) return;
    const next = { ...samples, [current]: el };
    setSamples(next);
    advance(next, step + 1);
  };
  const advance = (next: Partial<Samples>, to: number) => {
    if (to < STEPS.length) return setStep(to);
    setStep(to);
    if (next.customer) setResult(derive(next as Samples));
  };

  // One picker per step, started when the step shows and stopped when it ends.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is what restarts it; pick reads this render's samples
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>('button')?.focus();
    if (!current || !outline.current || !label.current) return;
    picker.current = startPicker(document, {
      host,
      outline: outline.current,
      label: label.current,
      onPick: pick,
      onCancel: close,
      onOutline: (box) => {
        const panelBottom = (panel.current?.getBoundingClientRect().height ?? 0) + 24;
        setPlace(box.top < panelBottom ? 'bottom' : box.top + box.height > innerHeight - panelBottom ? 'top' : place);
      },
    });
    return () => picker.current?.stop();
  }, [step]);

  return (
    <div class="teach" role="dialog" aria-modal="false" aria-label={t('teachTitle')}>
      <div class="teach-outline" ref={outline} hidden>
        <span ref={label} />
      </div>
      <div class={`teach-panel ${place}`} ref={panel}>
        <h2>{t('teachTitle')}</h2>
        {current ? (
          <>
            <p data-teach-step={current}>
              <strong>{t('teachStepOf', [String(step + 1), String(STEPS.length)])}</strong> {t(`teachStep_${current}`)}
            </p>
            <p class="hint">{t('teachKeys')}</p>
            <div class="row">
              {step > 0 && (
                <button type="button" onClick={() => setStep(step - 1)}>
                  {t('back')}
                </button>
              )}
              {current !== 'customer' && (
                <button type="button" onClick={() => advance(samples, step + 1)}>
                  {t('teachSkip')}
                </button>
              )}
              <button type="button" onClick={close}>
                {t('cancel')}
              </button>
            </div>
          </>
        ) : result ? (
          <PreviewView result={result} status={status} />
        ) : null}
        {!current && result && (
          <div class="row">
            <button
              type="button"
              class="primary"
              disabled={Boolean(result.preview.problem)}
              onClick={async () => setStatus((await save(result.derived, result.preview)) ?? t('teachProposed'))}
            >
              {t('teachSave')}
            </button>
            <button
              type="button"
              onClick={() => {
                setSamples({});
                setResult(undefined);
                setStatus('');
                setStep(0);
              }}
            >
              {t('teachAgain')}
            </button>
            <button type="button" onClick={close}>
              {t('cancel')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function PreviewView({ result, status }: { result: { derived: Derived; preview: Preview }; status: string }) {
  const { preview, derived } = result;
  const count = (role: Role) => preview.messages.filter((m) => m.role === role).length;
  return (
    <div data-teach-preview>
      <p>
        <strong>{t('teachPreview')}</strong>{' '}
        {preview.problem ??
          t('reportMessages', [String(count('customer')), String(count('agent')), String(count('internal')), String(count('system'))])}
      </p>
      <ol class="messages">
        {preview.messages.slice(-8).map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once, never reordered
          <li key={i} data-role={m.role}>
            <span class="role">{t(`role_${m.role}`)}</span> {m.text.slice(0, 90)}
          </li>
        ))}
      </ol>
      <p data-teach-composer>{preview.composer ? t('reportComposer', preview.composer) : t('problem_no_composer')}</p>
      {derived.gaps.map((g) => (
        <p key={g} class="gap">
          {g}
        </p>
      ))}
      {status && (
        <p role="status" class="status">
          {status}
        </p>
      )}
    </div>
  );
}

export const TEACH_CSS = `
.teach-panel { position: fixed; top: 12px; left: calc((100vw - 360px) / 2); transform: translateX(-50%); width: min(560px, calc(100vw - 420px));
  min-width: 320px; z-index: 2147483647; background: #fff; color: #1f2933; border: 2px solid #0f766e; border-radius: 10px;
  box-shadow: 0 8px 30px rgba(0,0,0,.25); padding: 12px 14px; font: 13px/1.45 system-ui, sans-serif; }
.teach-panel.bottom { top: auto; bottom: 12px; }
.teach-panel h2 { font-size: 14px; margin: 0 0 6px; }
.teach-panel p { margin: 4px 0; }
.teach-panel .hint { color: #52606d; font-size: 12px; }
.teach-panel .row { display: flex; gap: 6px; margin-top: 8px; flex-wrap: wrap; }
.teach-panel button { font: inherit; border: 1px solid #cbd2d9; background: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; color: inherit; }
.teach-panel button.primary { background: #0f766e; color: #fff; border-color: #0f766e; }
.teach-panel button:disabled { opacity: .5; }
.teach-panel button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.teach-panel .messages { max-height: 180px; overflow: auto; padding-left: 18px; margin: 6px 0; }
.teach-panel .role { font-weight: 600; }
.teach-panel .gap { color: #b45309; }
.teach-outline { position: fixed; z-index: 2147483646; pointer-events: none; border: 2px solid #f97316; background: rgba(249,115,22,.08); border-radius: 3px; }
.teach-outline span { position: absolute; top: -20px; left: 0; background: #f97316; color: #fff; font: 11px system-ui, sans-serif; padding: 1px 6px; border-radius: 3px; white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .teach-panel { background: #111827; color: #e5e7eb; } .teach-panel button { background: #1f2937; border-color: #374151; }
  .teach-panel .hint { color: #9ca3af; }
}
`;
