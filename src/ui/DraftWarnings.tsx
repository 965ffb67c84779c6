import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Coaching } from '../engine/types';
import { guardText } from './guard-text';
import { t } from '../lib/i18n';
import type { SidebarActions } from './types';
import { Why } from './Why';

/**
 * What is wrong with the draft, as the agent types: the most important note with its better
 * phrasings to insert, the others one click away, so the suggestions above stay in view.
 */
export function DraftWarnings({ draft, actions, canInsert }: { draft: Coaching['draft']; actions: SidebarActions; canInsert: boolean }) {
  const [all, setAll] = useState(false);
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
              <Why rule={w.rule} onHide={() => actions.hide(`${w.rule.pack}/${w.rule.id}`)} />
            </div>
            {w.alternatives.length > 0 && (
              <div class="actions alternatives">
                {w.alternatives.map((alt) => (
                  <button
                    key={alt}
                    type="button"
                    disabled={!canInsert}
                    title={alt}
                    aria-label={t('insertLabel', alt.slice(0, 40))}
                    onClick={() => actions.insert(alt, `${w.rule.pack}/${w.rule.id}`)}
                  >
                    {alt}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
