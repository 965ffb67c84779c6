import type { MoodPoint } from '../engine/types';
import { t } from '../lib/i18n';

const WIDTH = 120;
const HEIGHT = 18;

/** The mood of each customer message, oldest to latest: a glance at where the thread is going. */
export function MoodTrace({ mood }: { mood: MoodPoint[] }) {
  if (mood.length < 2) return null;
  const x = (i: number) => 6 + (i * (WIDTH - 12)) / (mood.length - 1);
  const y = (score: number) => HEIGHT / 2 - (score * (HEIGHT - 8)) / 2;
  const points = mood.map((m, i) => `${x(i)},${y(m.score)}`).join(' ');
  const label = t(
    'moodTrace',
    mood.map((m) => (m.score < -0.3 ? t('moodNegative') : m.score > 0.3 ? t('moodPositive') : t('moodNeutral'))).join(' → '),
  );
  return (
    <svg class="mood" width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      <title>{label}</title>
      <line x1="0" x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} class="mood-axis" />
      <polyline points={points} class="mood-line" />
      {mood.map((m, i) => (
        <circle
          key={m.message}
          cx={x(i)}
          cy={y(m.score)}
          r="3"
          class={m.score < -0.3 ? 'mood-bad' : m.score > 0.3 ? 'mood-good' : 'mood-mid'}
        />
      ))}
    </svg>
  );
}
