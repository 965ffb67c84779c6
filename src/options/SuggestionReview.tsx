import { useState } from 'preact/hooks';
import type { Pack } from '../engine/pack-schema';
import type { EffectiveConfig } from '../lib/config';
import { t } from '../lib/i18n';
import { SlotText } from '../ui/SlotText';

const LANGUAGES = ['en', 'de', 'el', 'no', 'sk', 'zh'];

/** One row to review: a suggestion's or a step prompt's text in every language, beside its source. */
interface Row {
  id: string;
  source: string;
  quote?: string;
  text: Partial<Record<string, string>>;
}

function rowsOf(pack: Pack): Row[] {
  return [
    ...(pack.suggestions ?? []).map((s) => ({ id: s.id, source: s.source, quote: s.quote, text: s.text })),
    ...(pack.methods ?? []).flatMap((m) =>
      m.steps.map((st) => ({ id: `${m.id}/${st.id}`, source: st.source, quote: st.quote, text: st.prompt })),
    ),
  ];
}

/**
 * What a lead reads before letting agents insert a pack's wording: every suggestion and step
 * prompt side by side in the six languages, with the passage of the document it comes from.
 * A missing language shows as missing; slots show as the blanks the agent fills.
 */
export function SuggestionReview({ config, onEdit }: { config: EffectiveConfig; onEdit: (pack: Pack) => void }) {
  const packs = config.packs.map((p) => p.pack).filter((p) => rowsOf(p).length > 0);
  const [id, setId] = useState(packs[0]?.id ?? '');
  const pack = packs.find((p) => p.id === id);
  return (
    <div class="review">
      <label>
        {t('reviewPack')}{' '}
        <select value={id} onChange={(e) => setId((e.target as HTMLSelectElement).value)} data-review-pack>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name.en ?? p.id}
            </option>
          ))}
        </select>
      </label>
      {pack && config.packs.find((p) => p.pack.id === pack.id)?.origin === 'team' && (
        <button type="button" onClick={() => onEdit(pack)}>
          {t('reviewEdit')}
        </button>
      )}
      {pack && (
        // A region that scrolls sideways is reachable from the keyboard (arrow keys scroll it).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled without a mouse
        <section class="review-scroll" tabIndex={0} aria-label={t('reviewSection')}>
          <table data-review>
            <thead>
              <tr>
                <th scope="col">{t('reviewRule')}</th>
                {LANGUAGES.map((lang) => (
                  <th scope="col" key={lang} lang={lang}>
                    {lang}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowsOf(pack).map((row) => (
                <tr key={row.id} data-review-row={row.id}>
                  <th scope="row" class="review-rule">
                    <code>{row.id}</code>
                    <small>{row.source}</small>
                    {row.quote && <span class="quote">{row.quote}</span>}
                  </th>
                  {LANGUAGES.map((lang) => (
                    <td key={lang} lang={lang}>
                      {row.text[lang] ? <SlotText text={row.text[lang] as string} /> : <em class="muted">{t('reviewMissing')}</em>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
