import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fillSlots, slotsOf } from '../engine/placeholders';
import type { Coaching } from '../engine/types';
import { guardText } from './guard-text';
import { t } from '../lib/i18n';
import { SlotForm } from './SlotForm';
import { SlotText, slotLabel } from './SlotText';
import type { SidebarActions } from './types';
import { Why } from './Why';

/**
 * What is wrong with the draft, as the agent types: the most important note with its better
 * phrasings to insert, the others one click away, so the suggestions above stay in view.
 */
export function DraftWarnings({ draft, actions, canInsert }: { draft: Coaching['draft']; actions: SidebarActions; canInsert: boolean }) {
  const [all, setAll] = useState(false);
  // The alternative whose blanks the agent is filling before it is inserted.
  const [filling, setFilling] = useState<string | null>(null);
  const head = (more?: ComponentChildren) => (
    <div class="section-head">
      <h3 id="composure-draft">{t('sectionDraft')}</h3>
      {more}
    </div>
  );
  if (draft.words === 0)
    return (
      <>
        {head()}
        <p class="status">{t('draftEmpty')}</p>
      </>
    );
  const guard = draft.guard ?? [];
  // What must not be sent comes first, each with the draft's words it is about.
  const held = guard.length > 0 && (
    <ul class="guard">
      {guard.map((f) => (
        <li key={`${f.id}:${f.span[0]}`} class="warning" data-guard={f.id}>
          ✋ {guardText(f)} <mark>{f.text.length > 80 ? `${f.text.slice(0, 80)}…` : f.text}</mark>
        </li>
      ))}
    </ul>
  );
  if (!draft.warnings.length && held) {
    return (
      <>
        {head()}
        {held}
      </>
    );
  }
  if (!draft.warnings.length) {
    return (
      <>
        {head()}
        <p class="status ready" data-ready>
          ✓ {t('readyToSend')}
        </p>
      </>
    );
  }
  const shown = all ? draft.warnings : draft.warnings.slice(0, 1);
  return (
    <>
      {head(
        draft.warnings.length > 1 && (
          <button
            type="button"
            class="more"
            aria-expanded={all}
            aria-label={all ? t('showFewer') : t('moreDraftNotes', String(draft.warnings.length - 1))}
            onClick={() => setAll(!all)}
            data-more-warnings
          >
            {all ? t('showFewer') : t('moreSignals', String(draft.warnings.length - 1))}
          </button>
        ),
      )}
      {held}
      <ul>
        {shown.map((w) => (
          <li key={w.id} class="warning" data-warning={w.id}>
            <div class="row">
              <span class="spacer why-text" title={w.why}>
                {w.why}
              </span>
              <Why rule={w.rule} onHide={() => actions.hide(rule(w))} />
            </div>
            {w.alternatives.length > 0 && (
              <div class="actions alternatives">
                {w.alternatives.map((alt) => {
                  const shown = fillSlots(alt, {}, slotLabel);
                  return (
                    <button
                      key={alt}
                      type="button"
                      disabled={!canInsert}
                      title={shown}
                      aria-label={t('insertLabel', shown.slice(0, 40))}
                      onClick={() => (slotsOf(alt).length ? setFilling(alt) : actions.insert(alt, rule(w)))}
                    >
                      <SlotText text={alt} />
                    </button>
                  );
                })}
              </div>
            )}
            {filling && w.alternatives.includes(filling) && (
              <SlotForm text={filling} rule={rule(w)} actions={actions} canInsert={canInsert} onDone={() => setFilling(null)} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

const rule = (w: { rule: { pack: string; id: string } }) => `${w.rule.pack}/${w.rule.id}`;
